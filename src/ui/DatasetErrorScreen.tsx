import { useState } from 'react';
import { useAppStore } from '../store';
import './panels.css';

/** Covers the body view when the trigger point data failed to load or validate, until the user chooses to explore anyway. */
export function DatasetErrorScreen() {
  const status = useAppStore((s) => s.datasetStatus);
  const [dismissed, setDismissed] = useState(false);
  if (status.kind !== 'failed' || dismissed) return null;
  return (
    <div className="dataset-error" role="alert" data-testid="dataset-error">
      <h2>The trigger point data could not be loaded</h2>
      <p>
        {status.errors.length === 1 ? 'One problem was found' : `${status.errors.length} problems were found`}, each with the file and
        the place inside it:
      </p>
      <ul className="dataset-error-list">
        {status.errors.map((error, index) => (
          <li key={index}>
            <code>{error}</code>
          </li>
        ))}
      </ul>
      <p>
        Nothing you did has been lost, and the body and its regions can still be explored; only the trigger points are missing until
        the data is fixed.
      </p>
      <div className="dataset-error-actions">
        <button type="button" onClick={() => setDismissed(true)}>
          Explore the body
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    </div>
  );
}
