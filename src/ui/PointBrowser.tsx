import { useEffect, useMemo, useRef } from 'react';
import { AREAS, regionIndex, type BodySide } from '../domain/atlas';
import {
  BODY_SIDES,
  matchesFilters,
  pointArea,
  pointSubtitle,
  zonesOnSide,
  type Dataset,
  type Filters,
  type Muscle,
  type TriggerPoint,
} from '../domain/dataset';
import { useAppStore } from '../store';
import { usePointSearch } from './use-point-search';
import { PointFilters } from './PointFilters';
import { SearchField } from './SearchField';
import './panels.css';

interface PointEntry {
  point: TriggerPoint;
  muscle: Muscle;
  /** The sides that pass the side filter. */
  sides: BodySide[];
}

interface PointGroup {
  key: string;
  title: string;
  entries: PointEntry[];
}

/**
 * The part of a point's label that the muscle name doesn't already say: labels are written to stand
 * alone ("Infraspinatus, below the spine of the shoulder blade", "Soleus TrP1, above the Achilles
 * tendon"), so next to the muscle name the repeated name is dropped. Empty when nothing is left.
 */
function groupPoints(dataset: Dataset, orderedIds: string[], filters: Filters, searching: boolean): PointGroup[] {
  const entries = orderedIds.flatMap((id): PointEntry[] => {
    const point = dataset.pointById.get(id)!;
    const sides = BODY_SIDES.filter((side) => matchesFilters(point, side, filters));
    return sides.length ? [{ point, muscle: dataset.muscleById.get(point.muscleId)!, sides }] : [];
  });
  if (searching) return entries.length ? [{ key: 'best', title: 'Best matches', entries }] : [];
  return AREAS.map((area) => ({ key: area.id, title: area.name, entries: entries.filter((e) => pointArea(e.point) === area.id) })).filter(
    (group) => group.entries.length > 0,
  );
}

const narrowsList = (f: Filters) => f.area !== null || f.condition !== null || f.muscle !== null || f.side !== null;

/** Scrolls only the panel that holds the element, never the page (on narrow screens the list is below the body). */
function revealInPanel(element: HTMLElement) {
  for (let box = element.parentElement; box && !box.classList.contains('left-panel'); box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight || !/auto|scroll/.test(getComputedStyle(box).overflowY)) continue;
    const itemTop = element.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (itemTop < box.scrollTop || itemTop + element.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = itemTop - box.clientHeight / 3;
    }
    return;
  }
}

/** Search and filter the trigger points, and pick one on either side of the body. */
export function PointBrowser() {
  const dataset = useAppStore((s) => s.dataset);
  const status = useAppStore((s) => s.datasetStatus.kind);
  const query = useAppStore((s) => s.query);
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selected);
  const { setQuery, setFilters, select, setHighlightRegion } = useAppStore.getState();
  const list = useRef<HTMLDivElement>(null);

  const search = usePointSearch(dataset, query);
  const searching = query.trim() !== '';
  const groups = useMemo(
    () => (dataset && search ? groupPoints(dataset, search(query), filters, searching) : []),
    [dataset, search, query, filters, searching],
  );

  // A point picked on the body scrolls into view here; one picked here is already in view.
  useEffect(() => {
    const button = list.current?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (button) revealInPanel(button);
  }, [selected]);

  if (!dataset) {
    return (
      <section className="point-browser" aria-label="Trigger points">
        <p className="muted" role="status">
          {status === 'failed' ? 'The trigger point data could not be loaded. Body regions can still be explored.' : 'Loading trigger points…'}
        </p>
      </section>
    );
  }

  const total = dataset.points.length * BODY_SIDES.length;
  const shown = groups.reduce((n, g) => n + g.entries.reduce((m, e) => m + e.sides.length, 0), 0);
  const highlight = (point: TriggerPoint, side: BodySide) => setHighlightRegion(regionIndex(zonesOnSide(point, side).locationRegion));
  const clearHighlight = () => setHighlightRegion(null);

  return (
    <section className="point-browser" aria-label="Trigger points">
      <SearchField label="Search trigger points" placeholder='muscle, nickname or problem, e.g. "traps", "tennis elbow"' value={query} onChange={setQuery} />
      <PointFilters dataset={dataset} />
      <p className="muted point-count" aria-live="polite" data-testid="point-count">
        {shown} of {total} points
      </p>
      <div ref={list} className="point-groups">
        {groups.map((group) => (
          <section key={group.key} className="point-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul className="point-list">
              {group.entries.map(({ point, muscle, sides }) => {
                const detail = pointSubtitle(point, muscle);
                return (
                  <li key={point.id} className="point-item" data-point={point.id}>
                    <div className="point-name">
                      <span className="point-muscle">{muscle.name}</span>
                      {detail && <span className="point-label">{detail}</span>}
                    </div>
                    <div className="side-buttons">
                      {sides.map((side) => (
                        <button
                          key={side}
                          type="button"
                          data-side={side}
                          aria-label={`${point.label} — ${side} side`}
                          aria-pressed={selected?.id === point.id && selected.side === side}
                          onClick={() => select({ id: point.id, side })}
                          onPointerEnter={() => highlight(point, side)}
                          onPointerLeave={clearHighlight}
                          onFocus={() => highlight(point, side)}
                          onBlur={clearHighlight}
                        >
                          {side === 'left' ? 'Left' : 'Right'}
                        </button>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {groups.length === 0 && (
          <div className="point-empty" role="status">
            <p>No trigger points match{searching ? ` “${query.trim()}”` : ''}.</p>
            {searching && (
              <button type="button" className="link-button" onClick={() => setQuery('')}>
                Clear the search
              </button>
            )}
            {narrowsList(filters) && (
              <button type="button" className="link-button" onClick={() => setFilters({ area: null, condition: null, muscle: null, side: null })}>
                Clear filters
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
