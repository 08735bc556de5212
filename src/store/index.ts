/** The one store: the only place where scene/ and ui/ meet. It holds ids and flags, not copies of objects. */
import { create } from 'zustand';
import { createBodySlice, type BodySlice } from './body-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createHoverSlice, type HoverSlice } from './hover-slice';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createPainSlice, type PainSlice } from './pain-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice & HoverSlice & BodySlice & DatasetSlice & SelectionSlice & FilterSlice & NoticeSlice & PainSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createHoverSlice(...a),
    ...createBodySlice(...a),
    ...createDatasetSlice(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createNoticeSlice(...a),
    ...createPainSlice(...a),
  }));

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;

export { VIEW_NAMES, isViewName, type ViewName } from './view-slice';
export type { HoverTarget } from './hover-slice';
export type { BodyStatus } from './body-slice';
export type { DatasetStatus } from './dataset-slice';
export { samePoint, type PointRef } from './selection-slice';
export type { Intensity, Mode, PainMap } from './pain-slice';
export * from './selectors';
