import { useId, useState } from 'react';
import { useAppStore } from '../store';
import { PainBrushControls } from './PainBrushControls';
import { PainFileActions } from './PainFileActions';
import { PainRegionPicker } from './PainRegionPicker';
import { PainResults } from './PainResults';
import { QuickStarts } from './QuickStarts';
import { RedFlagCheck, type RedFlagId } from './RedFlagCheck';
import './pain-panel.css';

/** "Where does it hurt?": draw the pain, pass the safety check, see which trigger points may explain it. */
export function PainPanel() {
  const hasMarks = useAppStore((s) => Object.keys(s.pain).length > 0);
  const redFlagsCleared = useAppStore((s) => s.redFlagsCleared);
  const [redFlags, setRedFlags] = useState<ReadonlySet<RedFlagId>>(() => new Set());
  const titleId = useId();
  // With nothing marked the results only say how to start; with marks they wait for the safety check.
  const showResults = redFlags.size === 0 && (!hasMarks || redFlagsCleared);

  return (
    <section className="pain-panel" aria-labelledby={titleId} data-testid="pain-panel">
      <h2 id={titleId}>Where does it hurt?</h2>
      <p className="pain-disclaimer" role="note">
        <strong>Educational, not a diagnosis.</strong> The same pain can have other causes; see a clinician if it is severe or lasting.
      </p>
      <p className="pain-intro">
        Paint where it hurts on the body: drag on the body to paint, and turn it with right-drag or two fingers. Or pick places from
        the list below.
      </p>
      <PainBrushControls />
      <QuickStarts />
      <PainRegionPicker />
      <RedFlagCheck ticked={redFlags} onTickedChange={setRedFlags} />
      {showResults && <PainResults />}
      <PainFileActions />
    </section>
  );
}
