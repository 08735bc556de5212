/** What the pain panel's buttons do with the drawing: files, links and a picture, all on this device. */
import { drawingFromMap, mapFromDrawing, painFileFrom, painFragment, readPainFile } from '../domain/pain-format';
import { useAppStore } from '../store';

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

const today = () => new Date().toISOString().slice(0, 10);

export function exportDrawingJson(): void {
  const file = painFileFrom(drawingFromMap(useAppStore.getState().pain), new Date());
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  download(`myomap-pain-${today()}.json`, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Replaces the drawing with the file's, or reports what is wrong with it and changes nothing. */
export async function importDrawingJson(file: File): Promise<boolean> {
  const read = readPainFile(await file.text());
  const s = useAppStore.getState();
  if (!read.ok) {
    s.addNotices([`${file.name} could not be imported: ${read.errors.join('; ')}. Your drawing was not changed.`]);
    return false;
  }
  s.setPain(mapFromDrawing(read.drawing));
  return true;
}

/** A link that carries the drawing in its fragment (after #), which is never sent to a server. */
export function shareLink(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${painFragment(drawingFromMap(useAppStore.getState().pain))}`;
}

/** The body as drawn now (drawing and chosen pattern), with a caption, as a PNG for the client's notes. */
export function exportDrawingPng(caption: string[]): void {
  const source = document.querySelector<HTMLCanvasElement>('.viewport canvas');
  if (!source) {
    useAppStore.getState().addNotices(['There is no 3D view to save as a picture.']);
    return;
  }
  const lineHeight = 22;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height + lineHeight * (caption.length + 1);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  ctx.fillStyle = '#1d2430';
  ctx.font = '15px system-ui, sans-serif';
  caption.forEach((line, i) => ctx.fillText(line, 12, source.height + lineHeight * (i + 1)));
  download(`myomap-pain-${today()}.png`, out.toDataURL('image/png'));
}
