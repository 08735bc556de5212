import { Suspense, lazy, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../store';
import { PointBrowser } from './PointBrowser';
import { RegionBrowser } from './RegionBrowser';
import './panels.css';

// Pain mode's panel, ranking and brush code are not needed for the first view.
const PainPanel = lazy(() => import('./PainPanel').then((m) => ({ default: m.PainPanel })));

const TABS = [
  { id: 'points', label: 'Trigger points', Panel: PointBrowser },
  { id: 'regions', label: 'Body regions', Panel: RegionBrowser },
  { id: 'pain', label: 'Where does it hurt?', Panel: PainPanel },
] as const;
type TabId = (typeof TABS)[number]['id'];
type BrowseTabId = Exclude<TabId, 'pain'>;

/** The left column: browse trigger points or body regions, or draw the pain, as WAI-ARIA tabs. */
export function LeftPanel() {
  const [browseTab, setBrowseTab] = useState<BrowseTabId>('points');
  // The pain tab follows the store's mode, so whatever opens pain mode (e.g. a shared link) opens the tab too.
  const mode = useAppStore((s) => s.mode);
  const active: TabId = mode === 'pain' ? 'pain' : browseTab;
  const baseId = useId();
  // A panel mounts on its first visit and then stays mounted, so the pain panel loads only when wanted.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([active]));
  if (!visited.has(active)) setVisited(new Set([...visited, active]));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const setActive = (id: TabId) => {
    if (id !== 'pain') setBrowseTab(id);
    useAppStore.getState().setMode(id === 'pain' ? 'pain' : 'explore');
  };
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
      {/* Every panel stays mounted so each keeps its search text and scroll position. */}
      {TABS.map(({ id, Panel }) => (
        <div
          key={id}
          className="tab-panel"
          role="tabpanel"
          id={`${baseId}-panel-${id}`}
          aria-labelledby={`${baseId}-tab-${id}`}
          hidden={active !== id}
        >
          {visited.has(id) && (
            <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
              <Panel />
            </Suspense>
          )}
        </div>
      ))}
    </div>
  );
}
