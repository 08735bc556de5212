import type { StateCreator } from 'zustand';

export type Intensity = 1 | 2 | 3;
export type Mode = 'explore' | 'pain';
/** Region id → how much it hurts. Left and right are different regions, so they stay apart. */
export type PainMap = Readonly<Record<string, Intensity>>;

const HISTORY_LIMIT = 50;

export interface PainSlice {
  mode: Mode;
  pain: PainMap;
  brush: { intensity: Intensity; erase: boolean };
  /** Earlier drawings, newest last, for undo. */
  painHistory: PainMap[];
  /** The user has read the red-flag check and none applies. */
  redFlagsCleared: boolean;
  setMode: (mode: Mode) => void;
  setBrush: (brush: Partial<PainSlice['brush']>) => void;
  /** Call once when a stroke starts, so one undo removes the whole stroke. */
  beginStroke: () => void;
  paintRegions: (regionIds: string[]) => void;
  setPain: (pain: PainMap) => void;
  clearPain: () => void;
  undo: () => void;
  setRedFlagsCleared: (cleared: boolean) => void;
}

export const createPainSlice: StateCreator<PainSlice> = (set) => ({
  mode: 'explore',
  pain: {},
  brush: { intensity: 2, erase: false },
  painHistory: [],
  redFlagsCleared: false,
  setMode: (mode) => set({ mode }),
  setBrush: (brush) => set((s) => ({ brush: { ...s.brush, ...brush } })),
  beginStroke: () => set((s) => ({ painHistory: [...s.painHistory, s.pain].slice(-HISTORY_LIMIT) })),
  paintRegions: (regionIds) =>
    set((s) => {
      const next: Record<string, Intensity> = { ...s.pain };
      let changed = false;
      for (const id of regionIds) {
        if (s.brush.erase ? id in next : next[id] !== s.brush.intensity) changed = true;
        if (s.brush.erase) delete next[id];
        else next[id] = s.brush.intensity;
      }
      return changed ? { pain: next } : {};
    }),
  setPain: (pain) => set((s) => ({ pain, painHistory: [...s.painHistory, s.pain].slice(-HISTORY_LIMIT) })),
  clearPain: () => set((s) => (Object.keys(s.pain).length ? { pain: {}, painHistory: [...s.painHistory, s.pain].slice(-HISTORY_LIMIT) } : {})),
  undo: () => set((s) => (s.painHistory.length ? { pain: s.painHistory[s.painHistory.length - 1], painHistory: s.painHistory.slice(0, -1) } : {})),
  setRedFlagsCleared: (redFlagsCleared) => set({ redFlagsCleared }),
});
