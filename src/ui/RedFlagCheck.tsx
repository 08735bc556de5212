import { useId } from 'react';
import { useAppStore } from '../store';

/** Symptoms that need a clinician rather than self-care (DESIGN.md, content rules). */
export const RED_FLAGS = [
  { id: 'chest-breathless', text: 'Chest pain with breathlessness' },
  { id: 'weakness-numbness', text: 'Sudden weakness or numbness' },
  { id: 'fever', text: 'Fever' },
  { id: 'trauma', text: 'Pain after trauma (a fall, accident or injury)' },
  { id: 'bladder-bowel', text: 'Loss of bladder or bowel control' },
  { id: 'night-pain', text: 'Pain that wakes you at night' },
] as const;

export type RedFlagId = (typeof RED_FLAGS)[number]['id'];

export interface RedFlagCheckProps {
  /** The symptoms ticked; the panel keeps them so it can hide the results while any is ticked. */
  ticked: ReadonlySet<RedFlagId>;
  onTickedChange: (ticked: ReadonlySet<RedFlagId>) => void;
}

/** The safety check that stands between a drawing and its possible trigger points. */
export function RedFlagCheck({ ticked, onTickedChange }: RedFlagCheckProps) {
  const cleared = useAppStore((s) => s.redFlagsCleared);
  const { setRedFlagsCleared } = useAppStore.getState();
  const titleId = useId();

  const toggle = (id: RedFlagId, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    onTickedChange(next);
    if (on) setRedFlagsCleared(false);
  };
  const redo = () => {
    onTickedChange(new Set());
    setRedFlagsCleared(false);
  };

  if (cleared && ticked.size === 0) {
    return (
      <section className="pain-section pain-safety pain-safety--done" aria-label="Safety check">
        <p className="muted">
          Safety check done: none of the warning signs apply.{' '}
          <button type="button" className="link-button" onClick={redo}>
            Redo the safety check
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="pain-section pain-safety" aria-labelledby={titleId}>
      <h3 id={titleId}>Before the results: a safety check</h3>
      <fieldset className="pain-red-flags">
        <legend>Do you have any of these?</legend>
        {RED_FLAGS.map((flag) => (
          <label key={flag.id} className="pain-red-flag">
            <input type="checkbox" checked={ticked.has(flag.id)} onChange={(e) => toggle(flag.id, e.target.checked)} />
            {flag.text}
          </label>
        ))}
      </fieldset>
      {ticked.size > 0 ? (
        <div className="pain-red-flag-alert" role="alert">
          <strong>Please contact a clinician now.</strong> If it is severe or came on suddenly, call emergency services. Self-care is
          not appropriate for these symptoms, so Myomap does not suggest trigger points for them.
        </div>
      ) : (
        <button type="button" className="pain-primary" onClick={() => setRedFlagsCleared(true)}>
          None of these apply — show possible trigger points
        </button>
      )}
    </section>
  );
}
