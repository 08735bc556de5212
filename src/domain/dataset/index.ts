/** The trigger point dataset: schema, parsing, the model, both sides, search and filters. */
export { DATASET_VERSION, muscleFileSchema, sourceFileSchema } from './schema';
export { parseMuscleFile, parseSources, formatPath, type DatasetError, type ParseResult } from './parse';
export { buildDataset, formatError, type DataFile, type FileError, type BuildResult } from './build-dataset';
export type { Dataset, Muscle, TriggerPoint, Zone, Source } from './model';
export { zonesOnSide, BODY_SIDES, type SidedZones } from './sides';
export { matchesFilters, visiblePoints, pointArea, pointSubtitle, NO_FILTERS, type Filters, type ZoneLayers } from './queries';
export { CONDITIONS, SYMPTOMS, CERTAINTY, type ConditionId, type SymptomId, type Certainty } from './vocabulary';
export { nearest } from './suggest';
