import { useId, useMemo } from 'react';
import { regionById, regionIndex } from '../domain/atlas';
import { pointSubtitle, zonesOnSide, type Dataset, type TriggerPoint } from '../domain/dataset';
import type { Candidate } from '../domain/ranking';
import { painCandidates, samePoint, useAppStore } from '../store';

const RESULT_LIMIT = 10;

/** Data sentences are written without a closing full stop; add one so they read as prose. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function WhereToFindIt({ point, side }: { point: TriggerPoint; side: Candidate['side'] }) {
  const { focusOnRegion } = useAppStore.getState();
  const locationRegion = zonesOnSide(point, side).locationRegion;
  return (
    <div className="pain-find-it">
      <h5>Where to find it</h5>
      <p>{asSentence(point.location.description)}</p>
      <p className="muted">
        On the body: {regionById(locationRegion)?.name ?? locationRegion}.{' '}
        <button type="button" className="link-button" onClick={() => focusOnRegion(regionIndex(locationRegion))}>
          Turn the body to it
        </button>
      </p>
      {point.selfCare.cautions.length > 0 && (
        <ul className="cautions" role="note" aria-label="Cautions">
          {point.selfCare.cautions.map((text) => (
            <li key={text}>{asSentence(text)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CandidateItem({ candidate, dataset }: { candidate: Candidate; dataset: Dataset }) {
  const isSelected = useAppStore((s) => samePoint(s.selected, candidate));
  const { select } = useAppStore.getState();
  const headingId = useId();
  const point = dataset.pointById.get(candidate.id);
  const muscle = dataset.muscleById.get(candidate.muscleId);
  const detail = point && muscle ? pointSubtitle(point, muscle) : '';
  const percent = Math.round(candidate.score * 100);

  return (
    <li
      className="pain-candidate"
      data-testid="pain-candidate"
      data-point={candidate.id}
      data-side={candidate.side}
      data-selected={isSelected || undefined}
    >
      <div className="pain-candidate-head">
        <h4 id={headingId}>
          <span className="point-muscle">{candidate.muscle}</span>
          {detail && <span className="point-label">{detail}</span>}
        </h4>
        <span className="side-badge">{candidate.side === 'left' ? 'Left side' : 'Right side'}</span>
      </div>
      <div className="pain-score">
        <span className="pain-score-bar" role="img" aria-label={`Match ${percent}%`}>
          <span className="pain-score-fill" style={{ width: `${percent}%` }} />
        </span>
        <span className="muted" aria-hidden="true">
          {percent}%
        </span>
      </div>
      <p className="pain-reason">{candidate.reason}</p>
      <button
        type="button"
        className="pain-show-pattern"
        aria-pressed={isSelected}
        aria-describedby={headingId}
        onClick={() => select(isSelected ? null : { id: candidate.id, side: candidate.side })}
      >
        Show pattern
      </button>
      {isSelected && point && <WhereToFindIt point={point} side={candidate.side} />}
    </li>
  );
}

/** The trigger points whose referral patterns best explain the drawing, best first. */
export function PainResults() {
  const pain = useAppStore((s) => s.pain);
  const dataset = useAppStore((s) => s.dataset);
  const datasetStatus = useAppStore((s) => s.datasetStatus.kind);
  const titleId = useId();
  // painCandidates only reads these two; passing them keeps the memo honest about what it depends on.
  const candidates = useMemo(() => painCandidates({ pain, dataset }, RESULT_LIMIT), [pain, dataset]);
  const hasMarks = Object.keys(pain).length > 0;

  const body = () => {
    if (!hasMarks) return <p className="pain-empty">Mark where it hurts to see which trigger points may explain it.</p>;
    if (!dataset)
      return (
        <p className="muted" role="status">
          {datasetStatus === 'failed' ? 'The trigger point data could not be loaded, so no trigger points can be suggested.' : 'Loading trigger points…'}
        </p>
      );
    if (candidates.length === 0) return <p className="pain-empty">No trigger point in Myomap&apos;s data refers to these places.</p>;
    return (
      <>
        <p className="muted">
          Best match first: how much of your drawing each pattern covers. The same pain can have other causes.
        </p>
        <ol className="pain-candidates">
          {candidates.map((c) => (
            <CandidateItem key={`${c.id}:${c.side}`} candidate={c} dataset={dataset} />
          ))}
        </ol>
      </>
    );
  };

  return (
    <section className="pain-section pain-results" aria-labelledby={titleId} data-testid="pain-results">
      <h3 id={titleId}>Possible trigger points</h3>
      {body()}
    </section>
  );
}
