import type { StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '../domain/dataset';

export interface FilterSlice {
  filters: Filters;
  /** The search box text; it narrows the list of points. */
  query: string;
  setFilters: (change: Partial<Filters>) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
}

export const createFilterSlice: StateCreator<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  query: '',
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  setQuery: (query) => set({ query }),
  resetFilters: () => set({ filters: NO_FILTERS, query: '' }),
});
