import { describe, expect, it } from 'vitest';
import { createRanker, parsePainDrawing, QUICK_STARTS } from '../../../src/domain/ranking';
import { shippedDataset } from '../helpers/dataset-files';

const rank = createRanker(shippedDataset());

/** The muscles each quick start is named for (Travell & Simons; see textbook-cases.test.ts). */
const NAMED_FOR: Record<string, string[]> = {
  'temple-headache': ['upper-trapezius', 'temporalis'],
  'back-of-head-headache': ['suboccipitals', 'upper-trapezius'],
  'jaw-pain': ['masseter', 'lateral-pterygoid'],
  'neck-and-shoulder': ['upper-trapezius', 'levator-scapulae'],
  'between-shoulder-blades': ['rhomboids', 'scalenes'],
  'front-of-shoulder': ['infraspinatus'],
  'tennis-elbow': ['supinator', 'extensor-carpi-radialis-longus', 'brachioradialis'],
  'low-back-pain': ['iliopsoas', 'rectus-abdominis'],
  'side-of-leg': ['gluteus-minimus'],
  'back-of-leg': ['gluteus-minimus'],
  'knee-pain': ['rectus-femoris', 'vastus-medialis'],
  'ankle-and-big-toe': ['tibialis-anterior'],
  'heel-pain': ['soleus', 'quadratus-plantae'],
};

describe('quick starts', () => {
  it('RANK-11 quick starts have unique ids and valid drawings, and the required ones are there', () => {
    const ids = QUICK_STARTS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Object.keys(NAMED_FOR));
    const labels = QUICK_STARTS.map((q) => q.label);
    for (const label of ['Headache at the temple', 'Jaw pain', 'Pain between the shoulder blades', 'Low back pain', 'Pain down the side of the leg', 'Heel pain']) {
      expect(labels).toContain(label);
    }
    for (const q of QUICK_STARTS) {
      expect(parsePainDrawing(q.drawing), q.id).toEqual({ ok: true, drawing: q.drawing });
      expect(q.description.length, q.id).toBeGreaterThan(10);
    }
  });

  it.each(QUICK_STARTS.map((q) => [q.id, q] as const))('RANK-11 %s: the top 5 contains the muscles it is named for', (id, q) => {
    const top5 = rank(q.drawing, { limit: 5 }).map((c) => c.muscleId);
    for (const muscle of NAMED_FOR[id]) expect(top5, `${muscle} in ${top5.join(', ')}`).toContain(muscle);
  });
});
