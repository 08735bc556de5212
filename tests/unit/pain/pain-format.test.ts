import { describe, expect, it } from 'vitest';
import { drawingFromMap, mapFromDrawing, painFileFrom, painFragment, readPainFile, readPainFragment } from '../../../src/domain/pain-format';
import { createAppStore } from '../../../src/store';

const drawing = [
  { region: 'temple-left', intensity: 3 as const },
  { region: 'upper-side-of-neck-left', intensity: 2 as const },
];

describe('pain drawing formats', () => {
  it('PAIN-1 a saved file reads back exactly, with its kind and version', () => {
    const text = JSON.stringify(painFileFrom(drawing, new Date('2026-11-21T10:00:00Z')));
    expect(JSON.parse(text)).toMatchObject({ kind: 'myomap-pain-drawing', version: 1, savedAt: '2026-11-21T10:00:00.000Z' });
    expect(readPainFile(text)).toEqual({ ok: true, drawing });
  });

  it('PAIN-2 corrupt or foreign data is reported with what is wrong, never thrown', () => {
    expect(readPainFile('{"kind":"myomap-pain-drawing","version":1,"drawing":[{"region":"tempel","intensity":2}]')).toMatchObject({ ok: false });
    expect(readPainFile('not json').ok).toBe(false);
    expect(readPainFile('{"hello":1}')).toEqual({ ok: false, errors: ['kind: expected "myomap-pain-drawing"; this is not a Myomap pain drawing'] });
    expect(readPainFile('{"kind":"myomap-pain-drawing","version":7,"drawing":[]}')).toEqual({ ok: false, errors: ['version: expected 1, got 7'] });
    expect(readPainFile('{"kind":"myomap-pain-drawing","version":1,"drawing":[{"region":"tempel","intensity":2},{"region":"heel-left","intensity":5}]}')).toEqual({
      ok: false,
      errors: ['drawing[0].region: unknown region "tempel" (did you mean "temple-left"?)', 'drawing[1].intensity: expected 1, 2 or 3, got 5'],
    });
  });

  it('PAIN-3 a share link carries the drawing in the fragment and reads back', () => {
    const fragment = painFragment(drawing);
    expect(fragment).toBe('pain=temple-left.3~upper-side-of-neck-left.2');
    expect(readPainFragment(`#${fragment}`)).toEqual({ ok: true, drawing });
    expect(readPainFragment('#something-else')).toBeNull();
    expect(readPainFragment('#pain=temple-left.9')).toEqual({ ok: false, errors: ['link [0].intensity: expected 1, 2 or 3, got 9'] });
  });

  it('PAIN-4 left and right stay separate regions through every format', () => {
    const both = [
      { region: 'heel-left', intensity: 1 as const },
      { region: 'heel-right', intensity: 3 as const },
    ];
    expect(drawingFromMap(mapFromDrawing(both))).toEqual(both);
    expect(readPainFragment(`#${painFragment(both)}`)).toEqual({ ok: true, drawing: both });
  });
});

describe('pain drawing in the store', () => {
  it('PAIN-5 paints with the brush, erases, and undoes one stroke at a time', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setBrush({ intensity: 3 });
    s().beginStroke();
    s().paintRegions(['temple-left', 'eyebrow-left']);
    s().paintRegions(['jaw-left']);
    expect(s().pain).toEqual({ 'temple-left': 3, 'eyebrow-left': 3, 'jaw-left': 3 });
    s().setBrush({ erase: true });
    s().beginStroke();
    s().paintRegions(['eyebrow-left']);
    expect(s().pain).toEqual({ 'temple-left': 3, 'jaw-left': 3 });
    s().undo();
    expect(s().pain).toEqual({ 'temple-left': 3, 'eyebrow-left': 3, 'jaw-left': 3 });
    s().undo();
    expect(s().pain).toEqual({});
    s().setPain({ 'heel-right': 2 });
    s().clearPain();
    expect(s().pain).toEqual({});
    s().undo();
    expect(s().pain).toEqual({ 'heel-right': 2 });
  });
});
