import { describe, expect, it } from 'vitest';
import { parsePainDrawing } from '../../../src/domain/ranking';

const errorsOf = (input: unknown) => {
  const result = parsePainDrawing(input);
  return result.ok ? [] : result.errors;
};

describe('pain drawing', () => {
  it('RANK-10 a valid drawing parses to plain marks', () => {
    const input = [
      { region: 'temple-left', intensity: 3 },
      { region: 'sacrum', intensity: 1 },
    ];
    expect(parsePainDrawing(input)).toEqual({ ok: true, drawing: input });
    expect(parsePainDrawing([])).toEqual({ ok: true, drawing: [] });
  });

  it('RANK-10 invalid drawings are rejected, each error naming its path', () => {
    expect(errorsOf({ region: 'temple-left' })).toEqual(['(root): expected a list of marks, got an object']);
    expect(errorsOf('temple')).toEqual(['(root): expected a list of marks, got "temple"']);
    expect(
      errorsOf([
        { region: 'temple-left', intensity: 3 },
        'jaw-left',
        { region: 'jaw-left', intensity: 0 },
        { region: 'tempel', intensity: 2 },
        { region: 'temple-left', intensity: 1 },
        { region: 42, intensity: 2, colour: 'red' },
        { region: 'heel-right' },
      ]),
    ).toEqual([
      '[1]: expected a mark { region, intensity }, got "jaw-left"',
      '[2].intensity: expected 1, 2 or 3, got 0',
      '[3].region: unknown region "tempel" (did you mean "temple-left"?)',
      '[4].region: "temple-left" is already marked at [0]',
      '[5].colour: unknown key',
      '[5].region: expected a region id, got 42',
      '[6].intensity: expected 1, 2 or 3, got nothing',
    ]);
  });

  it('RANK-10 a misspelt region keeps its side in the suggestion', () => {
    expect(errorsOf([{ region: 'heal-right', intensity: 2 }])).toEqual(['[0].region: unknown region "heal-right" (did you mean "heel-right"?)']);
    expect(errorsOf([{ region: 'temple', intensity: 2.5 }])).toEqual([
      '[0].region: unknown region "temple" (did you mean "temple-left"?)',
      '[0].intensity: expected 1, 2 or 3, got 2.5',
    ]);
  });
});
