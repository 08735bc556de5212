/**
 * The dataset's shape, version 1, with its validator. Data is written once, for the LEFT side of
 * the body, using atlas region ids ("temple-left"); the app mirrors every point to the right side.
 * A zone on the other side is written with the right-side id ("temple-right").
 */
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import { AREA_IDS } from '../atlas';

// zod/mini keeps the viewer's first load small (about 15 KB less gzipped script than classic zod),
// but ships no messages; the English ones make errors like "expected number, received string".
z.config(en());

export const DATASET_VERSION = 1;

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "upper-trapezius"'));
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** Region, symptom, condition, source and landmark ids are checked against their lists after the shape. */
const reference = z.string().check(z.minLength(1, 'must not be empty'));

export const zoneEntrySchema = z.union([
  reference,
  z.strictObject({ region: reference, weight: z.number().check(z.gt(0), z.lte(1)) }),
]);

export const triggerPointSchema = z.strictObject({
  id: kebabId,
  label: text,
  location: z.strictObject({
    region: reference,
    landmark: reference,
    /** Metres from the landmark in the body frame (+x left, +y up, +z front); the marker snaps to the skin of `region`. */
    offset: z.tuple([z.number(), z.number(), z.number()]),
    description: text,
  }),
  local: z.array(zoneEntrySchema).check(z.minLength(1)),
  referred: z.strictObject({
    essential: z.array(zoneEntrySchema).check(z.minLength(1)),
    spillover: z.array(zoneEntrySchema),
  }),
  symptoms: z.array(reference).check(z.minLength(1)),
  conditions: z.array(reference),
  aggravatedBy: z.array(text).check(z.minLength(1)),
  selfCare: z.strictObject({ pressure: text, stretch: text, cautions: z.array(text) }),
  certainty: z.enum(['established', 'supported', 'tentative']),
  sources: z.array(z.strictObject({ source: reference, detail: z.optional(text) })).check(z.minLength(1)),
});

export const muscleSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: z.array(text),
  area: z.enum(AREA_IDS as [string, ...string[]]),
  attachments: z.strictObject({ origin: text, insertion: text }),
  action: text,
  innervation: text,
  triggerPoints: z.array(triggerPointSchema).check(z.minLength(1)),
});

export const muscleFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(DATASET_VERSION),
  muscles: z.array(muscleSchema).check(z.minLength(1)),
});

export const sourceFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(DATASET_VERSION),
  sources: z.array(z.strictObject({ id: kebabId, citation: text, url: z.optional(z.string()) })).check(z.minLength(1)),
});

export type ZoneEntry = z.infer<typeof zoneEntrySchema>;
export type TriggerPointData = z.infer<typeof triggerPointSchema>;
export type MuscleData = z.infer<typeof muscleSchema>;
export type MuscleFile = z.infer<typeof muscleFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
