import { describe, expect, it } from 'vitest';
import { REGIONS, twinOf } from '../../../src/domain/atlas';
import { BODY_SIDES, zonesOnSide, type Dataset, type TriggerPoint } from '../../../src/domain/dataset';
import { BENCH_DRAWING, createRanker, listPlaces, type Candidate, type PainDrawing } from '../../../src/domain/ranking';
import { shippedDataset } from '../helpers/dataset-files';
import { datasetOf, drawingOf, zone } from './fixtures';

const shipped = shippedDataset();
const rankShipped = createRanker(shipped);
const find = (list: Candidate[], id: string, side = 'left') => list.find((c) => c.id === id && c.side === side);
const rankOne = (dataset: Dataset, drawing: PainDrawing, id: string) => find(createRanker(dataset)(drawing), id);

/** The formula of RANKING.md, written out plainly for one candidate. */
function directScore(point: TriggerPoint, side: 'left' | 'right', drawing: PainDrawing): number {
  const zones = zonesOnSide(point, side);
  const factor = { essential: 1, local: 0.6, spillover: 0.5 } as const;
  const marked = new Set(drawing.map((m) => m.region));
  let explained = 0;
  let total = 0;
  for (const mark of drawing) {
    total += mark.intensity;
    const covers = (['essential', 'local', 'spillover'] as const).flatMap((kind) => zones[kind].filter((z) => z.region === mark.region).map((z) => factor[kind] * z.weight));
    explained += mark.intensity * Math.max(0, ...covers);
  }
  const essentialTotal = zones.essential.reduce((s, z) => s + z.weight, 0);
  const essentialMarked = zones.essential.filter((z) => marked.has(z.region)).reduce((s, z) => s + z.weight, 0);
  return (explained / total) * (0.75 + (0.25 * essentialMarked) / essentialTotal);
}

describe('ranking rules', () => {
  it('RANK-1 the essential zone beats spillover for the same region', () => {
    const dataset = datasetOf([
      { id: 'by-essential', essential: [zone('temple-left'), zone('jaw-left')] },
      { id: 'by-spillover', essential: [zone('jaw-left')], spillover: [zone('temple-left')] },
    ]);
    const list = createRanker(dataset)(drawingOf(['temple-left', 3]));
    expect(list.map((c) => c.id)).toEqual(['by-essential', 'by-spillover']);
    expect(list[0].score).toBeGreaterThan(list[1].score);
    // In the shipped data: the rhomboids' essential zone and the levator's spillover both reach the medial border.
    const real = rankShipped(drawingOf(['medial-border-left', 3]));
    expect(find(real, 'rhomboids-1')!.score).toBeGreaterThan(find(real, 'levator-scapulae-1')!.score);
  });

  it('RANK-2 the local zone counts, between essential and spillover', () => {
    const dataset = datasetOf([
      { id: 'essential', essential: [zone('temple-left')] },
      { id: 'local', local: [zone('temple-left')], essential: [zone('jaw-left')] },
      { id: 'spillover', essential: [zone('jaw-left')], spillover: [zone('temple-left')] },
    ]);
    const list = createRanker(dataset)(drawingOf(['temple-left', 2]));
    expect(list.map((c) => c.id)).toEqual(['essential', 'local', 'spillover']);
    expect(list[1].byZone).toEqual({ essential: [], local: ['temple-left'], spillover: [] });
    const real = rankShipped(drawingOf(['temple-left', 3]));
    expect(find(real, 'temporalis-1')!.byZone.local).toEqual(['temple-left']);
  });

  it('RANK-3 zone weights scale coverage', () => {
    const dataset = datasetOf([
      { id: 'full', essential: [zone('temple-left', 1)] },
      { id: 'half', essential: [zone('temple-left', 0.5)] },
    ]);
    const list = createRanker(dataset)(drawingOf(['temple-left', 3], ['ear-left', 3]));
    expect(find(list, 'half')!.score).toBeCloseTo(find(list, 'full')!.score / 2, 6);
  });

  it('RANK-4 intensity weights the marks', () => {
    const dataset = datasetOf([{ id: 'p', essential: [zone('temple-left')] }]);
    const covered = [1, 2, 3].map((i) => rankOne(dataset, drawingOf(['temple-left', i as 1], ['ear-left', 1]), 'p')!.score);
    const uncovered = [1, 2, 3].map((i) => rankOne(dataset, drawingOf(['temple-left', 1], ['ear-left', i as 1]), 'p')!.score);
    expect(covered[0]).toBeLessThan(covered[1]);
    expect(covered[1]).toBeLessThan(covered[2]);
    expect(uncovered[0]).toBeGreaterThan(uncovered[1]);
    expect(uncovered[1]).toBeGreaterThan(uncovered[2]);
  });

  it('RANK-5 unexplained pain lowers the score and is listed', () => {
    const alone = find(rankShipped(drawingOf(['temple-left', 3])), 'upper-trapezius-1')!;
    const withBack = find(rankShipped(drawingOf(['temple-left', 3], ['lumbar-left', 2])), 'upper-trapezius-1')!;
    expect(withBack.score).toBeLessThan(alone.score);
    expect(withBack.unexplained).toEqual(['lumbar-left']);
    expect(withBack.explained).toEqual(['temple-left']);
  });

  it('RANK-6 left and right are separate; a mirrored drawing gives the mirrored ranking', () => {
    // The sacrum (midline) and the rectus abdominis' band across both sides let some right twins in.
    const left = drawingOf(['temple-left', 3], ['back-of-neck-left', 2], ['lateral-epicondyle-left', 2], ['buttock-left', 2], ['thoracolumbar-left', 2], ['sacrum', 1]);
    const list = rankShipped(left);
    expect(list.filter((c) => c.side === 'right').length).toBeGreaterThan(3);
    const at = (id: string, side: string) => list.findIndex((c) => c.id === id && c.side === side);
    for (const c of list.filter((c) => c.side === 'right')) {
      const twin = find(list, c.id, 'left')!;
      expect(twin, `${c.id} left`).toBeDefined();
      expect(at(c.id, 'left')).toBeLessThan(at(c.id, 'right'));
      if (twin.explained.join() !== c.explained.join()) expect(twin.score).toBeGreaterThan(c.score);
    }

    const mirrored = rankShipped(left.map((m) => ({ ...m, region: twinOf(m.region) })));
    expect(mirrored.map((c) => c.score)).toEqual(list.map((c) => c.score));
    const key = (c: Candidate, flip: boolean) => `${c.id}/${flip ? (c.side === 'left' ? 'right' : 'left') : c.side}/${c.score}`;
    expect(new Set(mirrored.map((c) => key(c, true)))).toEqual(new Set(list.map((c) => key(c, false))));
  });

  it('RANK-7 the order is deterministic, independent of mark order, ties by point id then left first', () => {
    const first = rankShipped(BENCH_DRAWING);
    expect(rankShipped(BENCH_DRAWING)).toEqual(first);
    const shuffled = [...BENCH_DRAWING].reverse();
    const summary = (list: Candidate[]) => list.map((c) => `${c.id}/${c.side}/${c.score}`);
    expect(summary(rankShipped(shuffled))).toEqual(summary(first));

    const twins = datasetOf(['b-point', 'a-point'].map((id) => ({ id, essential: [zone('sacrum')] })));
    const tied = createRanker(twins)(drawingOf(['sacrum', 2]));
    expect(tied.map((c) => `${c.id}/${c.side}`)).toEqual(['a-point/left', 'a-point/right', 'b-point/left', 'b-point/right']);
  });

  it('RANK-8 lists exactly the overlapping candidates, best first, with scores that follow the formula', () => {
    const list = rankShipped(BENCH_DRAWING);
    const marked = new Set(BENCH_DRAWING.map((m) => m.region));
    const overlapping = shipped.points.flatMap((p) =>
      BODY_SIDES.filter((side) => {
        const z = zonesOnSide(p, side);
        return [...z.local, ...z.essential, ...z.spillover].some((x) => marked.has(x.region));
      }).map((side) => `${p.id}/${side}`),
    );
    expect(list.map((c) => `${c.id}/${c.side}`).sort()).toEqual(overlapping.sort());
    for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    for (const c of list) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.score).toBeCloseTo(directScore(shipped.pointById.get(c.id)!, c.side, BENCH_DRAWING), 5);
      expect(c.explained.length).toBeGreaterThan(0);
      expect([...c.explained, ...c.unexplained].sort()).toEqual([...marked].sort());
      expect(c.muscle).toBe(shipped.muscleById.get(shipped.pointById.get(c.id)!.muscleId)!.name);
    }
    expect(rankShipped(BENCH_DRAWING, { limit: 10 })).toEqual(list.slice(0, 10));
    expect(rankShipped([])).toEqual([]);
  });

  it('RANK-9 reasons read as plain English, without the side', () => {
    expect(listPlaces(['temple-left'])).toBe('your temple');
    expect(listPlaces(['temple-left', 'jaw-left'])).toBe('your temple and jaw');
    expect(listPlaces(['temple-left', 'jaw-left', 'ear-left'])).toBe('your temple, jaw and ear');
    expect(listPlaces(['temple-left', 'jaw-left', 'ear-left', 'cheek-left'])).toBe('your temple, jaw and 2 more');
    expect(listPlaces(['temple-right', 'back-of-neck-right'])).toBe('your temple and the back of your neck');
    expect(listPlaces(['behind-eye-left', 'index-finger-tip-left', 'lateral-thigh-upper-left'])).toBe('behind your eye, the tip of your index finger and your upper lateral thigh');
    expect(listPlaces(['lumbar-left', 'lumbar-right', 'sacrum'])).toBe('your lumbar area on both sides and your sacrum');
    expect(listPlaces(['achilles-left'])).toBe('your Achilles tendon');

    const trap = (drawing: PainDrawing) => find(rankShipped(drawing), 'upper-trapezius-1')!.reason;
    expect(trap(drawingOf(['temple-left', 3], ['back-of-neck-left', 2], ['lumbar-left', 1]))).toBe('Essential zone covers your temple and the back of your neck (2 of 3 marked areas)');
    expect(trap(drawingOf(['temple-left', 3]))).toBe('Essential zone covers your temple');
    expect(trap(drawingOf(['temple-left', 3], ['jaw-angle-left', 1]))).toBe('Essential zone covers your temple; spillover zone reaches the angle of your jaw (both marked areas)');
    const temporalis = find(rankShipped(drawingOf(['temple-left', 3], ['eyebrow-left', 2], ['forehead-left', 1])), 'temporalis-1')!;
    expect(temporalis.reason).toBe('Essential zone covers your eyebrow; local zone covers your temple; spillover zone reaches your forehead (all 3 marked areas)');

    const everywhere = drawingOf(...REGIONS.map((r): [string, 1] => [r.id, 1]));
    for (const c of rankShipped(everywhere)) expect(c.reason).not.toMatch(/\b(left|right)\b/);
  });
});
