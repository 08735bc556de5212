import { useId } from 'react';
import { useAppStore, type Intensity } from '../store';

/** The three levels a client can mark, mildest first; the swatch classes match the body's blue hatch. */
export const INTENSITY_LEVELS: readonly { value: Intensity; name: string }[] = [
  { value: 1, name: 'Mild' },
  { value: 2, name: 'Moderate' },
  { value: 3, name: 'Severe' },
];

export const intensityName = (value: Intensity): string => INTENSITY_LEVELS[value - 1].name;

/** How the next stroke paints: its intensity or the eraser, plus undo and clear. */
export function PainBrushControls() {
  const brush = useAppStore((s) => s.brush);
  const canUndo = useAppStore((s) => s.painHistory.length > 0);
  const hasMarks = useAppStore((s) => Object.keys(s.pain).length > 0);
  const { setBrush, undo, clearPain } = useAppStore.getState();
  const groupName = useId();

  return (
    <section className="pain-section pain-brush" aria-label="Brush">
      <fieldset className="pain-intensity">
        <legend className="field-label">How much does it hurt?</legend>
        {INTENSITY_LEVELS.map((level) => (
          <label key={level.value} className="pain-intensity-choice">
            <input
              type="radio"
              name={groupName}
              value={level.value}
              checked={!brush.erase && brush.intensity === level.value}
              // Picking a level is a request to paint, so it also puts the eraser down.
              onChange={() => setBrush({ intensity: level.value, erase: false })}
            />
            <span className={`pain-swatch pain-swatch--${level.value}`} aria-hidden="true" />
            {level.name}
          </label>
        ))}
      </fieldset>
      <div className="pain-brush-buttons">
        <button type="button" aria-pressed={brush.erase} onClick={() => setBrush({ erase: !brush.erase })}>
          <span className="pain-swatch pain-swatch--erase" aria-hidden="true" /> Eraser
        </button>
        <button type="button" disabled={!canUndo} onClick={undo}>
          Undo
        </button>
        <button type="button" disabled={!hasMarks} onClick={clearPain}>
          Clear
        </button>
      </div>
    </section>
  );
}
