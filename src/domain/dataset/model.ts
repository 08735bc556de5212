/**
 * The dataset as the app uses it: muscles and their trigger points, resolved to atlas regions.
 * A point is stored once (for the left side); `pointOnSide` gives it on either side.
 */
import type { AreaId, BodySide } from '../atlas';
import type { LandmarkName, Vec3 } from '../body-plan';
import type { Certainty, ConditionId, SymptomId } from './vocabulary';

export interface Zone {
  region: string;
  /** 0–1: how much of the region the zone covers. */
  weight: number;
}

export interface Source {
  id: string;
  citation: string;
  url?: string;
}

export interface TriggerPoint {
  id: string;
  muscleId: string;
  label: string;
  location: { region: string; landmark: LandmarkName; offset: Vec3; description: string };
  local: Zone[];
  essential: Zone[];
  spillover: Zone[];
  symptoms: SymptomId[];
  conditions: ConditionId[];
  aggravatedBy: string[];
  selfCare: { pressure: string; stretch: string; cautions: string[] };
  certainty: Certainty;
  sources: { source: string; detail?: string }[];
}

export interface Muscle {
  id: string;
  name: string;
  aliases: string[];
  area: AreaId;
  attachments: { origin: string; insertion: string };
  action: string;
  innervation: string;
  pointIds: string[];
}

export interface Dataset {
  version: number;
  muscles: Muscle[];
  points: TriggerPoint[];
  sources: Source[];
  muscleById: ReadonlyMap<string, Muscle>;
  pointById: ReadonlyMap<string, TriggerPoint>;
  sourceById: ReadonlyMap<string, Source>;
}

export type { BodySide };
