import type { StateCreator } from 'zustand';

export interface NoticeSlice {
  /** Short messages for the user, e.g. about a link that named an unknown trigger point. */
  notices: string[];
  addNotices: (notices: string[]) => void;
  dismissNotices: () => void;
}

export const createNoticeSlice: StateCreator<NoticeSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
  dismissNotices: () => set({ notices: [] }),
});
