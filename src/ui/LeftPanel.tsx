import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { PointBrowser } from './PointBrowser';
import { RegionBrowser } from './RegionBrowser';
import './panels.css';

const TABS = [
  { id: 'points', label: 'Trigger points' },
  { id: 'regions', label: 'Body regions' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The left column: browse trigger points or body regions, as WAI-ARIA tabs. */
export function LeftPanel() {
  const [active, setActive] = useState<TabId>('points');
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const moveTo = (index: number) => {
    const next = (index + TABS.length) % TABS.length;
    setActive(TABS[next].id);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    moveTo(target);
  };

  return (
    <div className="left-panel">
      <div className="tab-list" role="tablist" aria-label="Browse">
        {TABS.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {/* Both panels stay mounted so each keeps its search text and scroll position. */}
      {TABS.map((tab) => (
        <div
          key={tab.id}
          className="tab-panel"
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={active !== tab.id}
        >
          {tab.id === 'points' ? <PointBrowser /> : <RegionBrowser />}
        </div>
      ))}
    </div>
  );
}
