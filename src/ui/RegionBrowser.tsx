import { useMemo, useState } from 'react';
import { AREAS, REGIONS } from '../domain/atlas';
import { useAppStore } from '../store';

/**
 * Every atlas region, grouped by area and searchable: the way to explore the body without the 3D
 * view. Pointing at a region highlights it on the body; choosing it turns the body toward it.
 */
export function RegionBrowser() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return AREAS.map((area) => ({
      area,
      regions: REGIONS.map((region, index) => ({ ...region, index })).filter(
        (r) => r.area === area.id && (q === '' || r.name.toLowerCase().includes(q)),
      ),
    })).filter((g) => g.regions.length > 0);
  }, [query]);
  const { setHighlightRegion, focusOnRegion } = useAppStore.getState();
  const count = groups.reduce((n, g) => n + g.regions.length, 0);

  return (
    <section className="panel region-browser" aria-label="Body regions">
      <h2>Body regions</h2>
      <input
        type="search"
        placeholder="Find a region, e.g. temple"
        aria-label="Find a region"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted" aria-live="polite">
        {count} of {REGIONS.length} regions
      </p>
      <div className="region-groups">
        {groups.map(({ area, regions }) => (
          <details key={area.id} open={query.trim() !== ''}>
            <summary>
              {area.name} <span className="muted">({regions.length})</span>
            </summary>
            <ul>
              {regions.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    data-region={r.id}
                    onPointerEnter={() => setHighlightRegion(r.index)}
                    onPointerLeave={() => setHighlightRegion(null)}
                    onFocus={() => setHighlightRegion(r.index)}
                    onBlur={() => setHighlightRegion(null)}
                    onClick={() => focusOnRegion(r.index)}
                  >
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
