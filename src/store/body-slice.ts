import type { StateCreator } from 'zustand';

export type BodyStatus =
  | { kind: 'loading'; loadedBytes: number; totalBytes: number | null }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

export interface BodySlice {
  body: BodyStatus;
  setBodyProgress: (loadedBytes: number, totalBytes: number | null) => void;
  setBodyReady: () => void;
  setBodyFailed: (message: string) => void;
}

export const createBodySlice: StateCreator<BodySlice> = (set) => ({
  body: { kind: 'loading', loadedBytes: 0, totalBytes: null },
  setBodyProgress: (loadedBytes, totalBytes) => set({ body: { kind: 'loading', loadedBytes, totalBytes } }),
  setBodyReady: () => set({ body: { kind: 'ready' } }),
  setBodyFailed: (message) => set({ body: { kind: 'failed', message } }),
});
