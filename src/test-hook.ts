/**
 * window.__myomap: a small, documented hook for end-to-end tests and benchmarks (see README,
 * "Test hook"). Objects inside the canvas can't be found by selector, so tests ask through this.
 */
import { REGIONS } from './domain/atlas';
import { useAppStore, isViewName, type ViewName } from './store';

export interface ScreenPoint {
  x: number;
  y: number;
  visible: boolean;
}

export interface SceneProbe {
  projectRegion(id: string): ScreenPoint;
}

let cameraMoving: () => boolean = () => false;

/** The camera rig tells the hook whether a transition or drag is still moving the camera. */
export function registerCameraProbe(isMoving: () => boolean): void {
  cameraMoving = isMoving;
}

export interface MyomapTestHook {
  readyAt: number | null;
  regions: { id: string; name: string; side: 'left' | 'right' | 'midline'; area: string }[];
  projectRegion(id: string): ScreenPoint;
  setView(name: ViewName): void;
  setAutoRotate(on: boolean): void;
  getState(): Record<string, unknown>;
}

declare global {
  interface Window {
    __myomap?: MyomapTestHook;
  }
}

let probe: SceneProbe | null = null;

export function registerSceneProbe(next: SceneProbe | null): void {
  probe = next;
}

export function markBodyDrawn(): void {
  const hook = window.__myomap;
  if (hook && hook.readyAt === null) hook.readyAt = performance.now();
}

function snapshot(): Record<string, unknown> {
  const s = useAppStore.getState();
  return {
    view: s.view.name,
    autoRotate: s.autoRotate,
    hoverRegion: s.hover ? REGIONS[s.hover.regionIndex]?.id ?? null : null,
    highlightRegion: s.highlightRegion === null ? null : REGIONS[s.highlightRegion]?.id ?? null,
    focusRegion: s.focusRegion ? REGIONS[s.focusRegion.regionIndex]?.id ?? null : null,
    body: s.body.kind,
    cameraMoving: cameraMoving(),
  };
}

export function installTestHook(): void {
  window.__myomap = {
    readyAt: null,
    regions: REGIONS.map(({ id, name, side, area }) => ({ id, name, side, area })),
    projectRegion(id) {
      if (!probe) throw new Error('projectRegion: the body is not drawn yet (wait for readyAt)');
      return probe.projectRegion(id);
    },
    setView(name) {
      if (!isViewName(name)) throw new Error(`setView: unknown view "${String(name)}"`);
      useAppStore.getState().setView(name);
    },
    setAutoRotate: (on) => useAppStore.getState().setAutoRotate(Boolean(on)),
    getState: snapshot,
  };
}
