import { useId } from 'react';
import type { ZoneLayers } from '../domain/dataset';
import { useAppStore } from '../store';
import './panels.css';

const LAYERS = [
  { key: 'local', name: 'Local', meaning: 'where the trigger point itself is tender' },
  { key: 'essential', name: 'Essential', meaning: 'where nearly everyone with this trigger point feels pain' },
  { key: 'spillover', name: 'Spillover', meaning: 'where some people also feel it' },
] as const satisfies readonly { key: keyof ZoneLayers; name: string; meaning: string }[];

/** What the paint on the body means. The swatches draw the same patterns as the body's shader. */
export function Legend() {
  const layers = useAppStore((s) => s.filters.layers);
  const titleId = useId();
  return (
    <section className="panel zone-legend" aria-labelledby={titleId} data-testid="zone-legend">
      <h2 id={titleId}>Reading the body</h2>
      <ul className="plain legend-list">
        {LAYERS.map(({ key, name, meaning }) => (
          <li key={key} className={layers[key] ? undefined : 'legend-off'} data-layer={key}>
            <span className={`zone-swatch zone-swatch--${key}`} aria-hidden="true" />
            <span>
              <strong>{name}</strong>: {meaning}
              {!layers[key] && <span className="muted"> (hidden by the zone layer filter)</span>}
            </span>
          </li>
        ))}
        <li data-layer="marker">
          <span className="marker-swatch" aria-hidden="true">
            ✕
          </span>
          <span>
            <strong>Trigger point marker</strong>: the spot to look for
          </span>
        </li>
      </ul>
    </section>
  );
}
