import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { REGIONS, regionById, regionIndex, type Region } from '../domain/atlas';
import { useAppStore, type Intensity, type PainMap } from '../store';
import { INTENSITY_LEVELS, intensityName } from './PainBrushControls';
import { SearchField } from './SearchField';

const MAX_RESULTS = 12;

/** Regions whose name holds every word typed, in body order: "left temple" finds "Temple (left)". */
function findRegions(query: string): Region[] {
  const words = query.toLowerCase().split(/[\s,()]+/).filter(Boolean);
  if (words.length === 0) return [];
  return REGIONS.filter((region) => {
    const name = region.name.toLowerCase();
    return words.every((word) => name.includes(word));
  });
}

/** Strongest first, then in body order, so the list reads like the drawing's summary. */
function markedRegions(pain: PainMap): { id: string; name: string; intensity: Intensity }[] {
  return Object.entries(pain)
    .map(([id, intensity]) => ({ id, name: regionById(id)?.name ?? id, intensity, order: regionIndex(id) }))
    .sort((a, b) => b.intensity - a.intensity || a.order - b.order);
}

function highlightHandlers(regionId: string) {
  const { setHighlightRegion } = useAppStore.getState();
  const on = () => setHighlightRegion(regionIndex(regionId));
  const off = () => setHighlightRegion(null);
  return { onPointerEnter: on, onPointerLeave: off, onFocus: on, onBlur: off };
}

function MarkedAreas() {
  const pain = useAppStore((s) => s.pain);
  const { setPain, setHighlightRegion } = useAppStore.getState();
  const marked = markedRegions(pain);

  const remove = (id: string) => {
    const rest = { ...pain };
    delete rest[id];
    setPain(rest);
    // The row goes away under the pointer, so it never gets the pointer-leave that would clear this.
    setHighlightRegion(null);
  };

  if (marked.length === 0) return <p className="muted">Nothing marked yet.</p>;
  return (
    <ul className="pain-marked" aria-label="Marked areas">
      {marked.map(({ id, name, intensity }) => (
        <li key={id} data-region={id} data-intensity={intensity} {...highlightHandlers(id)}>
          <span className={`pain-swatch pain-swatch--${intensity}`} aria-hidden="true" />
          <span className="pain-marked-name">{name}</span>
          <select
            aria-label={`How much ${name} hurts`}
            value={intensity}
            onChange={(e) => setPain({ ...pain, [id]: Number(e.target.value) as Intensity })}
          >
            {INTENSITY_LEVELS.map((level) => (
              <option key={level.value} value={level.value}>
                {level.name}
              </option>
            ))}
          </select>
          <button type="button" className="pain-remove" aria-label={`Remove ${name}`} title={`Remove ${name}`} onClick={() => remove(id)}>
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}

function RegionSearch() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const pain = useAppStore((s) => s.pain);
  const brush = useAppStore((s) => s.brush);
  const searchId = useId();
  const results = useRef<HTMLUListElement>(null);
  const found = useMemo(() => findRegions(query), [query]);
  const shown = found.slice(0, MAX_RESULTS);

  const mark = (region: Region) => {
    const { beginStroke, paintRegions } = useAppStore.getState();
    beginStroke();
    paintRegions([region.id]);
    setStatus(brush.erase ? `Unmarked ${region.name}.` : `Marked ${region.name} as ${intensityName(brush.intensity).toLowerCase()}.`);
  };

  // Arrow keys walk from the search box through the results, so marking needs no mouse and few tabs.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(results.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    if (buttons.length === 0) return;
    e.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
    if (next < 0) document.getElementById(searchId)?.focus();
    else buttons[next].focus();
  };

  return (
    <div className="pain-search" onKeyDown={onKeyDown}>
      <SearchField id={searchId} label="Find a place that hurts" placeholder='e.g. "temple", "heel", "left knee"' value={query} onChange={setQuery} />
      {query.trim() !== '' && (
        <p className="muted pain-search-count" aria-live="polite">
          {found.length === 0 ? 'No place matches.' : found.length > shown.length ? `${shown.length} of ${found.length} places; type more to narrow.` : `${found.length} places.`}
        </p>
      )}
      {shown.length > 0 && (
        <ul ref={results} className="pain-search-results" aria-label="Places found">
          {shown.map((region) => {
            const marked = pain[region.id];
            return (
              <li key={region.id} data-region={region.id} {...highlightHandlers(region.id)}>
                <button type="button" disabled={brush.erase && !marked} onClick={() => mark(region)}>
                  {`${brush.erase ? 'Unmark' : 'Mark'} ${region.name}`}
                </button>
                {marked && <span className="muted">{intensityName(marked).toLowerCase()}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

/** The drawing as a list, and a way to mark places by name: the whole drawing works without the 3D view. */
export function PainRegionPicker() {
  const titleId = useId();
  return (
    <section className="pain-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Marked areas</h3>
      <MarkedAreas />
      <RegionSearch />
    </section>
  );
}
