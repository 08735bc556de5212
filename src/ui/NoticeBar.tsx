import { useAppStore } from '../store';
import './panels.css';

/** Short messages at the top of the body view, e.g. about a link that named an unknown trigger point. */
export function NoticeBar() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status" data-testid="notice-bar">
      <ul className="plain">
        {notices.map((notice, index) => (
          <li key={index}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => useAppStore.getState().dismissNotices()}>
        Dismiss
      </button>
    </div>
  );
}
