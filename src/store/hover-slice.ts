import type { StateCreator } from 'zustand';

export interface HoverTarget {
  regionIndex: number;
  /** Pointer position in CSS pixels relative to the viewport. */
  x: number;
  y: number;
}

export interface HoverSlice {
  /** The region under the pointer on the body. */
  hover: HoverTarget | null;
  /** A region pointed at from outside the 3D view, e.g. the region list. */
  highlightRegion: number | null;
  /** A request to turn the camera toward a region; `request` changes on every call. */
  focusRegion: { regionIndex: number; request: number } | null;
  setHover: (hover: HoverTarget | null) => void;
  setHighlightRegion: (regionIndex: number | null) => void;
  focusOnRegion: (regionIndex: number) => void;
}

export const createHoverSlice: StateCreator<HoverSlice> = (set) => ({
  hover: null,
  highlightRegion: null,
  focusRegion: null,
  setHover: (hover) => set({ hover }),
  setHighlightRegion: (highlightRegion) => set({ highlightRegion }),
  focusOnRegion: (regionIndex) => set((s) => ({ focusRegion: { regionIndex, request: (s.focusRegion?.request ?? 0) + 1 } })),
});
