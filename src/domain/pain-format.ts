/**
 * How a pain drawing leaves and re-enters the app: a versioned JSON file (export, import and local
 * storage) and a compact link fragment. Every reader checks its input and says what is wrong.
 */
import { parsePainDrawing, type PainDrawing, type PainIntensity } from './ranking';

export const PAIN_FILE_VERSION = 1;
export const PAIN_FILE_KIND = 'myomap-pain-drawing';

export interface PainFile {
  kind: typeof PAIN_FILE_KIND;
  version: typeof PAIN_FILE_VERSION;
  savedAt: string;
  drawing: PainDrawing;
}

export type PainRead = { ok: true; drawing: PainDrawing } | { ok: false; errors: string[] };

export function painFileFrom(drawing: PainDrawing, savedAt: Date): PainFile {
  return { kind: PAIN_FILE_KIND, version: PAIN_FILE_VERSION, savedAt: savedAt.toISOString(), drawing };
}

export function readPainFile(text: string): PainRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof json !== 'object' || json === null || (json as PainFile).kind !== PAIN_FILE_KIND) {
    return { ok: false, errors: [`kind: expected "${PAIN_FILE_KIND}"; this is not a Myomap pain drawing`] };
  }
  const file = json as Partial<PainFile>;
  if (file.version !== PAIN_FILE_VERSION) return { ok: false, errors: [`version: expected ${PAIN_FILE_VERSION}, got ${JSON.stringify(file.version)}`] };
  const parsed = parsePainDrawing(file.drawing);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => `drawing${e.startsWith('[') ? '' : '.'}${e.replace(/^\(root\)/, '')}`) };
}

const FRAGMENT_KEY = 'pain';

/** `#pain=temple-left.2~jaw-left.3`: short, readable, and a fragment never reaches a server. */
export function painFragment(drawing: PainDrawing): string {
  return `${FRAGMENT_KEY}=${drawing.map((m) => `${m.region}.${m.intensity}`).join('~')}`;
}

/** null when the fragment holds no drawing at all. */
export function readPainFragment(hash: string): PainRead | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(FRAGMENT_KEY);
  if (value === null) return null;
  const marks = value.split('~').filter(Boolean).map((part) => {
    const [region, level] = part.split('.');
    return { region, intensity: Number(level) as PainIntensity };
  });
  const parsed = parsePainDrawing(marks);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => `link ${e}`) };
}

export const drawingFromMap = (pain: Readonly<Record<string, PainIntensity>>): PainDrawing =>
  Object.entries(pain)
    .map(([region, intensity]) => ({ region, intensity }))
    .sort((a, b) => a.region.localeCompare(b.region));

export const mapFromDrawing = (drawing: PainDrawing): Record<string, PainIntensity> => Object.fromEntries(drawing.map((m) => [m.region, m.intensity]));
