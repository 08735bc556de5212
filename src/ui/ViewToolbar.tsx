import { useAppStore, VIEW_NAMES } from '../store';

const LABELS = { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' } as const;

export function ViewToolbar() {
  const current = useAppStore((s) => (s.framed ? null : s.view.name));
  const autoRotate = useAppStore((s) => s.autoRotate);
  const { setView, resetView, setAutoRotate } = useAppStore.getState();
  return (
    <nav className="toolbar" aria-label="Camera views">
      {VIEW_NAMES.map((name) => (
        <button key={name} type="button" aria-pressed={current === name} onClick={() => setView(name)} data-view={name}>
          {LABELS[name]}
        </button>
      ))}
      <button type="button" onClick={resetView} title="Front view, default zoom">
        Reset
      </button>
      <label className="toggle">
        <input type="checkbox" checked={autoRotate} onChange={(e) => setAutoRotate(e.target.checked)} />
        Rotate
      </label>
    </nav>
  );
}
