import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, parseMuscleFile, pointArea, zonesOnSide, type DataFile } from '../../../src/domain/dataset';
import { createPointSearch } from '../../../src/domain/dataset/point-search';
import { jsonSchemas } from '../../../src/domain/dataset/json-schema';
import { twinOf, type AreaId } from '../../../src/domain/atlas';
import { muscleFiles, shippedDataset, sourceFile } from '../helpers/dataset-files';

const SOURCES = new Set(['simons-1999']);

/** A minimal valid muscle file; each test breaks one thing in a copy. */
function validFile() {
  return {
    version: 1,
    muscles: [
      {
        id: 'temporalis',
        name: 'Temporalis',
        aliases: [],
        area: 'head',
        attachments: { origin: 'Temporal fossa', insertion: 'Coronoid process' },
        action: 'Closes the jaw',
        innervation: 'Deep temporal nerves',
        triggerPoints: [
          {
            id: 'temporalis-1',
            label: 'Temporalis, front',
            location: { region: 'temple-left', landmark: 'eye', offset: [0.04, 0.01, -0.03], description: 'Above the cheekbone' },
            local: ['temple-left'],
            referred: { essential: ['eyebrow-left'], spillover: [{ region: 'upper-teeth-left', weight: 0.5 }] },
            symptoms: ['headache'],
            conditions: ['tension-headache'],
            aggravatedBy: ['Clenching'],
            selfCare: { pressure: 'Press gently', stretch: 'Open the mouth wide', cautions: [] },
            certainty: 'established',
            sources: [{ source: 'simons-1999' }],
          },
        ],
      },
    ],
  };
}

type FileShape = ReturnType<typeof validFile>;
const tp = (f: FileShape) => f.muscles[0].triggerPoints[0] as Record<string, unknown> & FileShape['muscles'][0]['triggerPoints'][0];

function errorsOf(mutate: (f: FileShape) => void): string[] {
  const file = validFile();
  mutate(file);
  const result = parseMuscleFile(file, SOURCES);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('dataset rules', () => {
  it('DATA-1 the shipped dataset builds, with enough muscles and points in every area', () => {
    const dataset = shippedDataset();
    expect(dataset.muscles.length).toBeGreaterThanOrEqual(30);
    expect(dataset.points.length).toBeGreaterThanOrEqual(50);
    const areas = new Set(dataset.points.map(pointArea));
    const groups: AreaId[][] = [['head'], ['neck'], ['shoulder', 'upper-back'], ['arm'], ['forearm', 'hand'], ['chest', 'abdomen'], ['low-back'], ['hip', 'pelvis-buttock'], ['thigh'], ['leg', 'foot']];
    for (const group of groups) expect(group.some((a) => areas.has(a)), `points in ${group.join('/')}`).toBe(true);
  });

  it('DATA-2 names the exact path of an unknown region and suggests the nearest', () => {
    expect(errorsOf((f) => (tp(f).referred.essential[0] = 'tempel'))).toEqual([
      'muscles[0].triggerPoints[0].referred.essential[0]: unknown region "tempel" (did you mean "temple-left"?)',
    ]);
    expect(errorsOf((f) => (tp(f).referred.spillover[0] = { region: 'upper-teth-left', weight: 0.5 }))).toEqual([
      'muscles[0].triggerPoints[0].referred.spillover[0].region: unknown region "upper-teth-left" (did you mean "upper-teeth-left"?)',
    ]);
  });

  it('DATA-3 names the path of shape errors', () => {
    expect(errorsOf((f) => delete (tp(f) as Record<string, unknown>).label)[0]).toMatch(/^muscles\[0\]\.triggerPoints\[0\]\.label: /);
    expect(errorsOf((f) => ((tp(f).location as Record<string, unknown>).offset = [0, 0]))[0]).toMatch(/^muscles\[0\]\.triggerPoints\[0\]\.location\.offset/);
    expect(errorsOf((f) => ((f.muscles[0] as Record<string, unknown>).colour = 'red'))[0]).toMatch(/^muscles\[0\]: .*colour/);
    expect(errorsOf((f) => (f.muscles[0].id = 'Temporalis'))[0]).toMatch(/^muscles\[0\]\.id: ids are lower-case kebab-case/);
    expect(errorsOf((f) => ((f as Record<string, unknown>).version = 2))[0]).toMatch(/^version: /);
    expect(errorsOf((f) => ((tp(f).referred.spillover[0] as { weight: number }).weight = 2))[0]).toMatch(/^muscles\[0\]\.triggerPoints\[0\]\.referred\.spillover\[0\]/);
  });

  it('DATA-4 names unknown vocabulary, sources and landmarks, with suggestions', () => {
    expect(errorsOf((f) => (tp(f).symptoms[0] = 'headach'))).toEqual(['muscles[0].triggerPoints[0].symptoms[0]: unknown symptom "headach" (did you mean "headache"?)']);
    expect(errorsOf((f) => (tp(f).conditions[0] = 'tennis-elbo'))).toEqual(['muscles[0].triggerPoints[0].conditions[0]: unknown condition "tennis-elbo" (did you mean "tennis-elbow"?)']);
    expect(errorsOf((f) => (tp(f).sources[0].source = 'simons-199'))).toEqual(['muscles[0].triggerPoints[0].sources[0].source: unknown source "simons-199" (did you mean "simons-1999"?)']);
    expect(errorsOf((f) => (tp(f).location.landmark = 'eyes'))).toEqual(['muscles[0].triggerPoints[0].location.landmark: unknown landmark "eyes" (did you mean "eye"?)']);
  });

  it('DATA-5 rejects a location written for the right side', () => {
    expect(errorsOf((f) => (tp(f).location.region = 'temple-right'))).toEqual([
      'muscles[0].triggerPoints[0].location.region: points are written for the left side; use "temple-left"',
    ]);
  });

  it('DATA-6 rejects ids used twice, naming both places', () => {
    const a: DataFile = { name: 'data/muscles/a.json', content: validFile() };
    const b: DataFile = { name: 'data/muscles/b.json', content: validFile() };
    const result = buildDataset({ name: 'data/sources.json', content: { version: 1, sources: [{ id: 'simons-1999', citation: 'x' }] } }, [a, b]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'data/muscles/b.json: muscles[0].id: duplicate id "temporalis", already used in data/muscles/a.json: muscles[0].id',
      'data/muscles/b.json: muscles[0].triggerPoints[0].id: duplicate id "temporalis-1", already used in data/muscles/a.json: muscles[0].triggerPoints[0].id',
    ]);
  });

  it('DATA-7 shows every point on both sides, mirrored', () => {
    for (const point of shippedDataset().points) {
      const left = zonesOnSide(point, 'left');
      const right = zonesOnSide(point, 'right');
      expect(right.locationRegion).toBe(twinOf(left.locationRegion));
      for (const layer of ['local', 'essential', 'spillover'] as const) {
        expect(right[layer].map((z) => z.region)).toEqual(left[layer].map((z) => twinOf(z.region)));
        expect(right[layer].map((z) => z.weight)).toEqual(left[layer].map((z) => z.weight));
      }
    }
  });

  it('DATA-8 gives every point sources, certainty, self-care and distinct zones', () => {
    const dataset = shippedDataset();
    for (const p of dataset.points) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(dataset.sourceById.has(s.source), `${p.id} cites ${s.source}`).toBe(true);
      expect(['established', 'supported', 'tentative']).toContain(p.certainty);
      expect(p.selfCare.pressure.length).toBeGreaterThan(10);
      expect(p.selfCare.stretch.length).toBeGreaterThan(10);
      const essential = new Set(p.essential.map((z) => z.region));
      expect(p.spillover.filter((z) => essential.has(z.region)), `${p.id} lists a region as essential and spillover`).toEqual([]);
    }
  });

  it('DATA-9 ships the current JSON Schema export', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const shipped = JSON.parse(readFileSync(new URL(`../../../data/schema/${name}`, import.meta.url), 'utf8'));
      expect(shipped, `data/schema/${name} is stale: run npm run data:schema`).toEqual(schema);
    }
  });

  it('DATA-10 includes the classic shoulder-blade patterns', () => {
    const muscles = new Set(shippedDataset().muscles.map((m) => m.id));
    for (const id of ['infraspinatus', 'levator-scapulae', 'supraspinatus', 'rhomboids', 'serratus-posterior-superior']) expect(muscles.has(id), id).toBe(true);
  });

  it('DATA-12 names no side in the text shown for a point', () => {
    for (const p of shippedDataset().points) {
      const text = [p.label, p.location.description, p.selfCare.pressure, p.selfCare.stretch, ...p.selfCare.cautions, ...p.aggravatedBy];
      for (const t of text) expect(t, p.id).not.toMatch(/\b(left|right)\b(?! (angle|beside|next|at|under|behind|in front|below|above|over))/i);
    }
  });

  it('DATA-13 finds muscles by name, alias and condition', () => {
    const search = createPointSearch(shippedDataset());
    const muscleOf = (id: string) => shippedDataset().pointById.get(id)!.muscleId;
    expect(search('traps').slice(0, 3).map(muscleOf).every((m) => m.includes('trapezius'))).toBe(true);
    expect(search('SCM').map(muscleOf)[0]).toBe('sternocleidomastoid');
    expect(search('tennis elbow').slice(0, 6).map(muscleOf)).toEqual(expect.arrayContaining(['extensor-carpi-radialis-longus', 'supinator', 'brachioradialis']));
    expect(search('infraspinatus').map(muscleOf)[0]).toBe('infraspinatus');
  });
});

describe('the shipped files', () => {
  it('each parses on its own', () => {
    const sources = new Set((sourceFile().content as { sources: { id: string }[] }).sources.map((s) => s.id));
    for (const file of muscleFiles()) expect(parseMuscleFile(file.content, sources).ok, file.name).toBe(true);
  });
});
