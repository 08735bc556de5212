import type { StateCreator } from 'zustand';
import type { Dataset } from '../domain/dataset';

export type DatasetStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; errors: string[] };

export interface DatasetSlice {
  /** The loaded reference data: one immutable object, replaced only by a reload. */
  dataset: Dataset | null;
  datasetStatus: DatasetStatus;
  setDataset: (dataset: Dataset) => void;
  setDatasetFailed: (errors: string[]) => void;
}

export const createDatasetSlice: StateCreator<DatasetSlice> = (set) => ({
  dataset: null,
  datasetStatus: { kind: 'loading' },
  setDataset: (dataset) => set({ dataset, datasetStatus: { kind: 'ready' } }),
  setDatasetFailed: (errors) => set({ dataset: null, datasetStatus: { kind: 'failed', errors } }),
});
