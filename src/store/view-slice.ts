import type { StateCreator } from 'zustand';

export const VIEW_NAMES = ['front', 'back', 'left', 'right'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ViewSlice {
  /** The preset the camera moves to; `request` changes on every call so repeating a view re-runs it. */
  view: { name: ViewName; request: number };
  /** True once the camera has moved away from the preset on its own, e.g. to frame a selected pattern. */
  framed: boolean;
  autoRotate: boolean;
  setView: (name: ViewName) => void;
  resetView: () => void;
  setAutoRotate: (on: boolean) => void;
  setFramed: (framed: boolean) => void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: { name: 'front', request: 0 },
  framed: false,
  autoRotate: false,
  setView: (name) => set((s) => ({ view: { name, request: s.view.request + 1 }, framed: false })),
  resetView: () => set((s) => ({ view: { name: 'front', request: s.view.request + 1 }, framed: false, autoRotate: false })),
  setAutoRotate: (on) => set({ autoRotate: on }),
  setFramed: (framed) => set({ framed }),
});

export const isViewName = (value: unknown): value is ViewName => VIEW_NAMES.includes(value as ViewName);
