/** The back: spine strips, the shoulder blade and its borders, the low back and the buttocks. */
import { LANDMARKS as L } from '../body-plan';
import type { RegionKey } from './region-catalog';
import type { SkinPoint } from './geometry';
import { scapularSpineY } from './classify-girdle';

const SPINE_HALF_WIDTH = 0.011;
const [ROOT_X, ROOT_Y] = L.scapulaSpineRoot;
const [ANGLE_X, ANGLE_Y] = L.scapulaInferiorAngle;
/** The glenoid end of the lateral border, under the posterior deltoid. */
const GLENOID = { x: 0.165, y: 1.38 };
/** Above this the back slopes up into the neck and the trapezius ridge. */
const NECK_SLOPE_Y = 1.445;

/** Signed distance of (x, y) from the line a→b; positive to the right of the direction of travel. */
function sideOfLine(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const l = Math.hypot(bx - ax, by - ay);
  return ((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / l;
}

/** `s`: 0 at the spine root, 1 at the inferior angle; `w`: metres lateral of the medial border. */
function scapulaCoords(p: SkinPoint): { s: number; w: number } {
  const l = Math.hypot(ANGLE_X - ROOT_X, ANGLE_Y - ROOT_Y);
  const s = ((p.x - ROOT_X) * (ANGLE_X - ROOT_X) + (p.y - ROOT_Y) * (ANGLE_Y - ROOT_Y)) / (l * l);
  return { s, w: -sideOfLine(p.x, p.y, ROOT_X, ROOT_Y, ANGLE_X, ANGLE_Y) };
}

function spine(y: number): RegionKey {
  if (y > NECK_SLOPE_Y) return 'cervical-spine';
  if (y > 1.4) return 'upper-thoracic-spine';
  if (y > 1.26) return 'mid-thoracic-spine';
  if (y > 1.13) return 'lower-thoracic-spine';
  return 'lumbar-spine';
}

function upperBack(p: SkinPoint): RegionKey {
  const { s, w } = scapulaCoords(p);
  const beyondLateralBorder = sideOfLine(p.x, p.y, ANGLE_X, ANGLE_Y, GLENOID.x, GLENOID.y);
  if (beyondLateralBorder > 0.012) return p.y < 1.33 ? 'back-of-armpit' : 'back-of-shoulder';
  if (p.y > NECK_SLOPE_Y) return p.x < 0.1 ? 'neck-shoulder-angle' : 'upper-trapezius';
  if (s < -0.12 && w > -0.02 && w < 0.025) return 'superior-angle';
  if (p.y > scapularSpineY(p.x) && w > -0.02) return 'supraspinous-fossa';
  if (s > 0.8 && w > -0.02) return 'inferior-angle';
  if (Math.abs(w) < 0.012) return 'medial-border';
  if (w < 0) return p.y > 1.31 ? 'upper-interscapular' : 'lower-interscapular';
  if (beyondLateralBorder > -0.012) return 'lateral-border';
  return 'scapula';
}

function lowBack(p: SkinPoint): RegionKey {
  if (p.x > 0.075) return p.y > 1.07 ? 'side-of-low-back' : 'iliac-crest';
  if (p.y > 1.095) return 'thoracolumbar';
  return p.y > 1.045 ? 'upper-lumbar' : 'lumbar';
}

function buttock(p: SkinPoint): RegionKey {
  if (p.x < 0.035 && p.y > 0.895) return 'sacrum';
  if (p.x < 0.015) return p.y > 0.855 ? 'coccyx' : 'pelvic-floor';
  if (p.x < 0.07 && p.y > 0.93) return 'sacroiliac-joint';
  if (p.x < 0.05) return 'inner-buttock';
  if (p.y > 0.935) return 'upper-buttock';
  return p.y > 0.845 ? 'buttock' : 'lower-buttock';
}

export function classifyBack(p: SkinPoint): RegionKey {
  if (p.x < SPINE_HALF_WIDTH && p.y > 0.985) return spine(p.y);
  if (p.y > ANGLE_Y || (p.y > ANGLE_Y - 0.03 && Math.abs(p.x - ANGLE_X) < 0.03)) return upperBack(p);
  if (p.y > 1.13) return p.x > 0.07 ? 'lateral-mid-back' : 'mid-back';
  if (p.y > 0.99 + 0.3 * Math.max(0, p.x - 0.05)) return lowBack(p);
  return buttock(p);
}
