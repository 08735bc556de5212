import { useId, useRef, useState, type ChangeEvent } from 'react';
import { regionById } from '../domain/atlas';
import { pointSubtitle } from '../domain/dataset';
import { drawingFromMap } from '../domain/pain-format';
import { selectedPoint, useAppStore, type PainMap } from '../store';
import { exportDrawingJson, exportDrawingPng, importDrawingJson, shareLink } from './pain-actions';
import { intensityName } from './PainBrushControls';

/** The caption drawn under the saved picture is one canvas line per entry, so long lists are wrapped here. */
const CAPTION_WIDTH = 90;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function pictureCaption(pain: PainMap): string[] {
  const s = useAppStore.getState();
  const date = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  const marked = drawingFromMap(pain)
    .sort((a, b) => b.intensity - a.intensity)
    .map((m) => `${regionById(m.region)?.name ?? m.region} (${intensityName(m.intensity).toLowerCase()})`);
  const point = selectedPoint(s);
  const muscle = point && s.dataset?.muscleById.get(point.muscleId);
  const chosen = point && muscle && s.selected ? `Pattern shown: ${muscle.name}, ${pointSubtitle(point, muscle)} (${s.selected.side} side)` : null;
  return [
    `Myomap pain drawing, ${date}`,
    ...wrap(`Where it hurts: ${marked.length ? marked.join(', ') : 'nothing marked'}`, CAPTION_WIDTH),
    ...(chosen ? wrap(chosen, CAPTION_WIDTH) : []),
    'Educational, not a diagnosis.',
  ];
}

/** Keep, move and share the drawing: a JSON file, a link, a picture. Nothing leaves this device unasked. */
export function PainFileActions() {
  const pain = useAppStore((s) => s.pain);
  const hasMarks = Object.keys(pain).length > 0;
  const fileInput = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const [status, setStatus] = useState('');
  const [shared, setShared] = useState<{ link: string; pain: PainMap } | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const ok = await importDrawingJson(file);
    setStatus(ok ? `Imported the drawing from ${file.name}.` : `${file.name} could not be imported; your drawing was not changed.`);
    // Cleared so that choosing the same file again still counts as a change.
    input.value = '';
  };

  const copyLink = async () => {
    const link = shareLink();
    setShared({ link, pain });
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('The link could not be copied automatically; copy it from the box below.');
    }
  };

  return (
    <section className="pain-section pain-files" aria-label="Save and share">
      <h3>Save and share</h3>
      <div className="pain-file-buttons">
        <button type="button" disabled={!hasMarks} onClick={exportDrawingJson}>
          Export drawing (JSON)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import drawing
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" aria-label="Import drawing file" hidden onChange={onFile} />
        <button type="button" disabled={!hasMarks} onClick={copyLink}>
          Copy share link
        </button>
        <button type="button" disabled={!hasMarks} onClick={() => exportDrawingPng(pictureCaption(pain))}>
          Save picture (PNG)
        </button>
      </div>
      {!hasMarks && <p className="muted">Mark where it hurts to save or share the drawing.</p>}
      <p className="muted" role="status">
        {status}
      </p>
      {shared && (
        <div className="pain-share">
          <label className="field-label" htmlFor={linkId}>
            Share link
          </label>
          <input id={linkId} type="text" readOnly value={shared.link} onFocus={(e) => e.currentTarget.select()} />
          {shared.pain !== pain && <p className="muted">Your drawing has changed since; copy the link again to include the changes.</p>}
        </div>
      )}
      <p className="muted">The drawing travels in the part of the link after #, which browsers never send to any server.</p>
    </section>
  );
}
