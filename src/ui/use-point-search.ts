import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import type { PointSearch } from '../domain/dataset/point-search';

let searchModule: Promise<typeof import('../domain/dataset/point-search')> | null = null;

/**
 * The fuzzy point search, with fuse.js loaded on the first non-empty query rather than for the
 * first view. Until it arrives, every point is listed, so the list never flashes "no results".
 */
export function usePointSearch(dataset: Dataset | null, query: string): PointSearch | null {
  const [loaded, setLoaded] = useState<{ dataset: Dataset; search: PointSearch } | null>(null);
  const wanted = dataset !== null && query.trim() !== '' && loaded?.dataset !== dataset;
  useEffect(() => {
    if (!wanted || !dataset) return;
    let live = true;
    searchModule ??= import('../domain/dataset/point-search');
    void searchModule.then(({ createPointSearch }) => live && setLoaded({ dataset, search: createPointSearch(dataset) }));
    return () => {
      live = false;
    };
  }, [wanted, dataset]);
  const everyPoint = useMemo(() => (dataset ? () => dataset.points.map((p) => p.id) : null), [dataset]);
  return loaded && loaded.dataset === dataset ? loaded.search : everyPoint;
}
