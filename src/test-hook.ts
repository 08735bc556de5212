/**
 * window.__myomap: a small, documented hook for end-to-end tests and benchmarks (see README,
 * "Test hook"). Objects inside the canvas can't be found by selector, so tests ask through this.
 */
import { REGIONS, type BodySide } from './domain/atlas';
import { BODY_SIDES, zonesOnSide } from './domain/dataset';
import { mapFromDrawing } from './domain/pain-format';
import { parsePainDrawing } from './domain/ranking';
import { painCandidates, useAppStore, isViewName, type PointRef, type ViewName } from './store';

export interface ScreenPoint {
  x: number;
  y: number;
  visible: boolean;
}

export interface TriggerPointEntry {
  id: string;
  side: BodySide;
  muscle: string;
  aliases: string[];
  label: string;
  /** Region ids on this side. */
  local: string[];
  essential: string[];
  spillover: string[];
}

export interface MyomapTestHook {
  readyAt: number | null;
  /** Frames drawn with the body so far: the bench divides its change by the time it took. */
  framesDrawn: number;
  regions: { id: string; name: string; side: 'left' | 'right' | 'midline'; area: string }[];
  readonly triggerPoints: TriggerPointEntry[];
  lastSelectionPaint: { id: string; side: BodySide; paintedAt: number } | null;
  projectRegion(id: string): ScreenPoint;
  projectMarker(id: string, side: BodySide): ScreenPoint;
  select(id: string | null, side?: BodySide): void;
  /** Replaces the pain drawing; throws with the path of each invalid mark. */
  setPain(drawing: { region: string; intensity: number }[]): void;
  /** The ranked candidates for the current pain drawing, best first (at most 10). */
  candidates(): { id: string; side: BodySide; muscle: string; score: number }[];
  setView(name: ViewName): void;
  setAutoRotate(on: boolean): void;
  getState(): Record<string, unknown>;
}

declare global {
  interface Window {
    __myomap?: MyomapTestHook;
  }
}

type RegionProbe = (id: string) => ScreenPoint;
type MarkerProbe = (id: string, side: BodySide) => ScreenPoint;

let regionProbe: RegionProbe | null = null;
let markerProbe: MarkerProbe | null = null;
let cameraMoving: () => boolean = () => false;
let pendingPaint: PointRef | null = null;

export const registerRegionProbe = (probe: RegionProbe | null) => void (regionProbe = probe);
export const registerMarkerProbe = (probe: MarkerProbe | null) => void (markerProbe = probe);
/** The camera rig tells the hook whether a transition or drag is still moving the camera. */
export const registerCameraProbe = (isMoving: () => boolean) => void (cameraMoving = isMoving);
/** The zone painter has written a selection's paint; the next drawn frame shows it. */
export const notePaintPending = (point: PointRef) => void (pendingPaint = point);

/** Called after every frame that draws the body. */
export function markBodyDrawn(): void {
  const hook = window.__myomap;
  if (!hook) return;
  const now = performance.now();
  hook.framesDrawn++;
  if (hook.readyAt === null) hook.readyAt = now;
  if (pendingPaint) {
    hook.lastSelectionPaint = { ...pendingPaint, paintedAt: now };
    pendingPaint = null;
  }
}

function triggerPointEntries(): TriggerPointEntry[] {
  const dataset = useAppStore.getState().dataset;
  if (!dataset) return [];
  return dataset.points.flatMap((p) =>
    BODY_SIDES.map((side) => {
      const muscle = dataset.muscleById.get(p.muscleId)!;
      const zones = zonesOnSide(p, side);
      const ids = (list: { region: string }[]) => list.map((z) => z.region);
      return { id: p.id, side, muscle: muscle.name, aliases: muscle.aliases, label: p.label, local: ids(zones.local), essential: ids(zones.essential), spillover: ids(zones.spillover) };
    }),
  );
}

function snapshot(): Record<string, unknown> {
  const s = useAppStore.getState();
  const regionId = (index: number | null | undefined) => (index === null || index === undefined ? null : REGIONS[index]?.id ?? null);
  return {
    view: s.view.name,
    framed: s.framed,
    autoRotate: s.autoRotate,
    hoverRegion: regionId(s.hover?.regionIndex),
    highlightRegion: regionId(s.highlightRegion),
    focusRegion: regionId(s.focusRegion?.regionIndex),
    selected: s.selected,
    markerHover: s.markerHover ? { id: s.markerHover.id, side: s.markerHover.side } : null,
    filters: s.filters,
    query: s.query,
    notices: s.notices,
    mode: s.mode,
    pain: s.pain,
    redFlagsCleared: s.redFlagsCleared,
    body: s.body.kind,
    dataset: s.datasetStatus.kind,
    cameraMoving: cameraMoving(),
  };
}

export function installTestHook(): void {
  window.__myomap = {
    readyAt: null,
    framesDrawn: 0,
    regions: REGIONS.map(({ id, name, side, area }) => ({ id, name, side, area })),
    get triggerPoints() {
      return triggerPointEntries();
    },
    lastSelectionPaint: null,
    projectRegion(id) {
      if (!regionProbe) throw new Error('projectRegion: the body is not drawn yet (wait for readyAt)');
      return regionProbe(id);
    },
    projectMarker(id, side) {
      if (!markerProbe) throw new Error('projectMarker: the markers are not drawn yet (wait for readyAt and the dataset)');
      return markerProbe(id, side);
    },
    select(id, side = 'left') {
      const s = useAppStore.getState();
      if (id !== null && !s.dataset?.pointById.has(id)) throw new Error(`select: unknown trigger point "${id}"`);
      s.select(id === null ? null : { id, side });
    },
    setPain(drawing) {
      const parsed = parsePainDrawing(drawing);
      if (!parsed.ok) throw new Error(`setPain: ${parsed.errors.join('; ')}`);
      useAppStore.getState().setPain(mapFromDrawing(parsed.drawing));
    },
    candidates: () => painCandidates(useAppStore.getState()).map(({ id, side, muscle, score }) => ({ id, side, muscle, score })),
    setView(name) {
      if (!isViewName(name)) throw new Error(`setView: unknown view "${String(name)}"`);
      useAppStore.getState().setView(name);
    },
    setAutoRotate: (on) => useAppStore.getState().setAutoRotate(Boolean(on)),
    getState: snapshot,
  };
}
