import { useId, useMemo } from 'react';
import { AREAS, type AreaId, type BodySide } from '../domain/atlas';
import { CONDITIONS, NO_FILTERS, pointArea, type ConditionId, type Dataset, type Filters, type ZoneLayers } from '../domain/dataset';
import { useAppStore } from '../store';
import './panels.css';

export interface PointFiltersProps {
  dataset: Dataset;
}

const SIDE_CHOICES = [
  { value: null, label: 'Both' },
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
] as const satisfies readonly { value: BodySide | null; label: string }[];

const LAYER_CHOICES = [
  { key: 'local', label: 'Local' },
  { key: 'essential', label: 'Essential' },
  { key: 'spillover', label: 'Spillover' },
] as const satisfies readonly { key: keyof ZoneLayers; label: string }[];

function hasActiveFilters(filters: Filters): boolean {
  const { layers, ...rest } = filters;
  const layersChanged = LAYER_CHOICES.some(({ key }) => layers[key] !== NO_FILTERS.layers[key]);
  return layersChanged || Object.values(rest).some((value) => value !== null);
}

/** Only the choices that can match something: areas and conditions that have points. */
function filterChoices(dataset: Dataset) {
  const areasWithPoints = new Set(dataset.points.map(pointArea));
  const conditionsUsed = new Set(dataset.points.flatMap((p) => p.conditions));
  return {
    areas: AREAS.filter((area) => areasWithPoints.has(area.id)),
    conditions: [...conditionsUsed]
      .map((id) => ({ id, name: CONDITIONS[id] }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    muscleGroups: AREAS.map((area) => ({
      area,
      muscles: dataset.muscles.filter((m) => m.area === area.id).sort((a, b) => a.name.localeCompare(b.name)),
    })).filter((group) => group.muscles.length > 0),
  };
}

/** Narrows the trigger point list (area, condition, muscle, side) and picks which zones the body paints. */
export function PointFilters({ dataset }: PointFiltersProps) {
  const filters = useAppStore((s) => s.filters);
  const { setFilters } = useAppStore.getState();
  const choices = useMemo(() => filterChoices(dataset), [dataset]);
  const id = useId();
  const active = hasActiveFilters(filters);

  return (
    <details className="point-filters" open>
      <summary>
        Filters{active && <span className="filter-badge"> (on)</span>}
      </summary>
      <div className="filter-field">
        <label htmlFor={`${id}-area`}>Area</label>
        <select
          id={`${id}-area`}
          value={filters.area ?? ''}
          onChange={(e) => setFilters({ area: (e.target.value || null) as AreaId | null })}
        >
          <option value="">All areas</option>
          {choices.areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-condition`}>Condition</label>
        <select
          id={`${id}-condition`}
          value={filters.condition ?? ''}
          onChange={(e) => setFilters({ condition: (e.target.value || null) as ConditionId | null })}
        >
          <option value="">All conditions</option>
          {choices.conditions.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-muscle`}>Muscle</label>
        <select id={`${id}-muscle`} value={filters.muscle ?? ''} onChange={(e) => setFilters({ muscle: e.target.value || null })}>
          <option value="">All muscles</option>
          {choices.muscleGroups.map(({ area, muscles }) => (
            <optgroup key={area.id} label={area.name}>
              {muscles.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="filter-choices">
        <legend>Side</legend>
        {SIDE_CHOICES.map((choice) => (
          <label key={choice.label}>
            <input
              type="radio"
              name={`${id}-side`}
              checked={filters.side === choice.value}
              onChange={() => setFilters({ side: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-choices">
        <legend>Zone layers</legend>
        {LAYER_CHOICES.map(({ key, label }) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={filters.layers[key]}
              onChange={(e) => setFilters({ layers: { ...filters.layers, [key]: e.target.checked } })}
            />
            {label}
          </label>
        ))}
        <p className="muted filter-note">Layers change what the body paints, not the list.</p>
      </fieldset>
      {active && (
        <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </details>
  );
}
