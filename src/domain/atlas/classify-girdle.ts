/** The top of the trunk between the neck and the shoulder cap: the trapezius ridge and the collarbone. */
import { LANDMARKS as L } from '../body-plan';
import type { RegionKey } from './region-catalog';
import type { SkinPoint } from './geometry';

const CLAVICLE_MEDIAL = { x: 0.02, y: 1.456 };
const CLAVICLE_LATERAL = { x: 0.165, y: 1.475 };
const SHOULDER_LINE_Y = 1.44;

/** Height of the top of the clavicle's skin at a given x. */
export function clavicleY(x: number): number {
  const t = Math.max(0, Math.min(1, (x - CLAVICLE_MEDIAL.x) / (CLAVICLE_LATERAL.x - CLAVICLE_MEDIAL.x)));
  return CLAVICLE_MEDIAL.y + t * (CLAVICLE_LATERAL.y - CLAVICLE_MEDIAL.y);
}

/** Height of the scapular spine at a given x, from its root to the acromion. */
export function scapularSpineY(x: number): number {
  const [rx, ry] = L.scapulaSpineRoot;
  return ry + ((x - rx) * (L.acromion[1] - ry)) / (L.acromion[0] - rx);
}

/** The upward-facing crest of the shoulders, from the side of the neck to the acromion. */
export function isShoulderTop(p: SkinPoint): boolean {
  return p.y > SHOULDER_LINE_Y && p.ny > 0.55 && p.x > 0.03;
}

export function classifyShoulderTop(p: SkinPoint): RegionKey {
  if (p.x > 0.148) return 'top-of-shoulder';
  return p.x < 0.095 ? 'neck-shoulder-angle' : 'upper-trapezius';
}

/** Above the collarbone in front: the supraclavicular fossa and the collarbone itself. */
export function classifyAboveChest(p: SkinPoint): RegionKey | undefined {
  const offset = p.y - clavicleY(p.x);
  if (offset > 0.006) return 'supraclavicular';
  if (offset > -0.018) return 'collarbone';
  if (offset > -0.05 && p.x > 0.03) return 'below-collarbone';
  return undefined;
}
