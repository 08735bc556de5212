/** The one store: the only place where scene/ and ui/ meet. It holds ids and flags, never objects. */
import { create } from 'zustand';
import { createBodySlice, type BodySlice } from './body-slice';
import { createHoverSlice, type HoverSlice } from './hover-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice & HoverSlice & BodySlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createViewSlice(...a),
  ...createHoverSlice(...a),
  ...createBodySlice(...a),
}));

export { VIEW_NAMES, isViewName, type ViewName } from './view-slice';
export type { HoverTarget } from './hover-slice';
export type { BodyStatus } from './body-slice';
