import type { StateCreator } from 'zustand';
import type { BodySide } from '../domain/atlas';

export interface PointRef {
  id: string;
  side: BodySide;
}

export const samePoint = (a: PointRef | null, b: PointRef | null): boolean => a?.id === b?.id && a?.side === b?.side;

export interface SelectionSlice {
  selected: PointRef | null;
  /** The marker under the pointer, if any. */
  markerHover: (PointRef & { x: number; y: number }) | null;
  select: (point: PointRef | null) => void;
  setMarkerHover: (hover: (PointRef & { x: number; y: number }) | null) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice> = (set) => ({
  selected: null,
  markerHover: null,
  select: (selected) => set({ selected }),
  setMarkerHover: (markerHover) => set({ markerHover }),
});
