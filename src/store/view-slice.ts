import type { StateCreator } from 'zustand';

export const VIEW_NAMES = ['front', 'back', 'left', 'right'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ViewSlice {
  /** The preset the camera moves to; `request` changes on every call so repeating a view re-runs it. */
  view: { name: ViewName; request: number };
  autoRotate: boolean;
  setView: (name: ViewName) => void;
  resetView: () => void;
  setAutoRotate: (on: boolean) => void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: { name: 'front', request: 0 },
  autoRotate: false,
  setView: (name) => set((s) => ({ view: { name, request: s.view.request + 1 } })),
  resetView: () => set((s) => ({ view: { name: 'front', request: s.view.request + 1 }, autoRotate: false })),
  setAutoRotate: (on) => set({ autoRotate: on }),
});

export const isViewName = (value: unknown): value is ViewName => VIEW_NAMES.includes(value as ViewName);
