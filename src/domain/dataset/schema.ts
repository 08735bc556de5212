/**
 * The dataset's shape, version 1, with its validator. Data is written once, for the LEFT side of
 * the body, using atlas region ids ("temple-left"); the app mirrors every point to the right side.
 * A zone on the other side is written with the right-side id ("temple-right").
 */
import { z } from 'zod';
import { AREA_IDS } from '../atlas';

export const DATASET_VERSION = 1;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "upper-trapezius"');
const text = z.string().trim().min(1, 'must not be empty');
/** Region, symptom, condition, source and landmark ids are checked against their lists after the shape. */
const reference = z.string().min(1, 'must not be empty');

export const zoneEntrySchema = z.union([
  reference,
  z.strictObject({ region: reference, weight: z.number().gt(0).lte(1) }),
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
  local: z.array(zoneEntrySchema).min(1),
  referred: z.strictObject({
    essential: z.array(zoneEntrySchema).min(1),
    spillover: z.array(zoneEntrySchema),
  }),
  symptoms: z.array(reference).min(1),
  conditions: z.array(reference),
  aggravatedBy: z.array(text).min(1),
  selfCare: z.strictObject({ pressure: text, stretch: text, cautions: z.array(text) }),
  certainty: z.enum(['established', 'supported', 'tentative']),
  sources: z.array(z.strictObject({ source: reference, detail: text.optional() })).min(1),
});

export const muscleSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: z.array(text),
  area: z.enum(AREA_IDS as [string, ...string[]]),
  attachments: z.strictObject({ origin: text, insertion: text }),
  action: text,
  innervation: text,
  triggerPoints: z.array(triggerPointSchema).min(1),
});

export const muscleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(DATASET_VERSION),
  muscles: z.array(muscleSchema).min(1),
});

export const sourceFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(DATASET_VERSION),
  sources: z.array(z.strictObject({ id: kebabId, citation: text, url: z.string().optional() })).min(1),
});

export type ZoneEntry = z.infer<typeof zoneEntrySchema>;
export type TriggerPointData = z.infer<typeof triggerPointSchema>;
export type MuscleData = z.infer<typeof muscleSchema>;
export type MuscleFile = z.infer<typeof muscleFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
