import { useAppStore } from '../store';

export function LoadingOverlay() {
  const body = useAppStore((s) => s.body);
  if (body.kind !== 'loading') return null;
  const percent = body.totalBytes ? Math.round((100 * body.loadedBytes) / body.totalBytes) : null;
  return (
    <div className="loading" role="status" aria-live="polite" data-testid="loading">
      <div className="loading-bar">
        <div className="loading-fill" style={{ width: `${percent ?? 10}%` }} />
      </div>
      <span>Loading the body{percent === null ? '…' : ` ${percent}%`}</span>
    </div>
  );
}
