import { useId, type KeyboardEvent } from 'react';
import { regionById, regionIndex, type BodySide } from '../domain/atlas';
import { CERTAINTY, CONDITIONS, SYMPTOMS, pointSubtitle, zonesOnSide, type TriggerPoint, type Zone } from '../domain/dataset';
import { useAppStore } from '../store';
import './panels.css';

export interface DetailsPanelProps {
  point: TriggerPoint;
  side: BodySide;
  onClose: () => void;
}

/** The source that questions the trigger point model; cited next to every certainty label. */
const CRITICAL_REVIEW = 'quintner-2015';

const regionName = (id: string) => regionById(id)?.name ?? id;

/** Data sentences are written without a closing full stop; add one so they read as prose. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function zoneItems(zones: Zone[]) {
  return zones.map((zone) => (
    <li key={zone.region} data-region={zone.region}>
      {regionName(zone.region)}
      {zone.weight < 1 && <span className="muted"> (part)</span>}
    </li>
  ));
}

/** Everything known about one trigger point on one side, in plain English. */
export function DetailsPanel({ point, side, onClose }: DetailsPanelProps) {
  const dataset = useAppStore((s) => s.dataset);
  const { focusOnRegion } = useAppStore.getState();
  const headingId = useId();
  const muscle = dataset?.muscleById.get(point.muscleId);
  const zones = zonesOnSide(point, side);
  const detail = muscle ? pointSubtitle(point, muscle) : point.label;
  const critique = dataset?.sourceById.get(CRITICAL_REVIEW);
  const [certaintyName, certaintyMeaning] = CERTAINTY[point.certainty].split(/:\s*/, 2);

  const onKeyDown = (e: KeyboardEvent) => {
    // Marked as handled so the app-wide Esc handler leaves it to us: closing here also keeps focus in the column.
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };

  return (
    <article className="panel details-panel" aria-labelledby={headingId} data-testid="details-panel" data-point={point.id} data-side={side} onKeyDown={onKeyDown}>
      <header className="details-header">
        <div>
          <h2 id={headingId} data-testid="details-muscle">
            {muscle?.name ?? point.label}
          </h2>
          {detail && <p className="details-label">{detail}</p>}
          <p className="side-badge">{side === 'left' ? 'Left side' : 'Right side'}</p>
        </div>
        <button type="button" className="close-button" aria-label="Close details" title="Close details (Esc)" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </header>

      <section>
        <h3>Where it is</h3>
        <p>{asSentence(point.location.description)}</p>
        <p className="muted">
          On the body: {regionName(zones.locationRegion)}.{' '}
          <button type="button" className="link-button" onClick={() => focusOnRegion(regionIndex(zones.locationRegion))}>
            Turn the body to it
          </button>
        </p>
      </section>

      <section>
        <h3>
          <span className="zone-swatch zone-swatch--local" aria-hidden="true" /> Where it hurts
        </h3>
        <p className="muted">Tender to the touch at:</p>
        <ul>{zoneItems(zones.local)}</ul>
      </section>

      <section>
        <h3>Where it refers</h3>
        <h4>
          <span className="zone-swatch zone-swatch--essential" aria-hidden="true" /> Essential zone
        </h4>
        <p className="muted">Nearly everyone with this trigger point feels pain here:</p>
        <ul data-zone="essential">{zoneItems(zones.essential)}</ul>
        {zones.spillover.length > 0 && (
          <>
            <h4>
              <span className="zone-swatch zone-swatch--spillover" aria-hidden="true" /> Spillover zone
            </h4>
            <p className="muted">Some people also feel it here:</p>
            <ul data-zone="spillover">{zoneItems(zones.spillover)}</ul>
          </>
        )}
      </section>

      <section>
        <h3>Symptoms</h3>
        <ul>
          {point.symptoms.map((id) => (
            <li key={id}>{SYMPTOMS[id]}</li>
          ))}
        </ul>
      </section>

      {point.conditions.length > 0 && (
        <section>
          <h3>Common with</h3>
          <ul>
            {point.conditions.map((id) => (
              <li key={id}>{CONDITIONS[id]}</li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>Aggravated by</h3>
        <ul>
          {point.aggravatedBy.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>

      <section>
        <h3>Self-care</h3>
        {point.selfCare.cautions.length > 0 && (
          <div className="cautions" role="note">
            <h4>
              <span aria-hidden="true">⚠ </span>Cautions
            </h4>
            <ul>
              {point.selfCare.cautions.map((text) => (
                <li key={text}>{asSentence(text)}</li>
              ))}
            </ul>
          </div>
        )}
        <h4>Pressure</h4>
        <p>{asSentence(point.selfCare.pressure)}</p>
        <h4>Stretch</h4>
        <p>{asSentence(point.selfCare.stretch)}</p>
      </section>

      {muscle && (
        <section>
          <h3>Anatomy</h3>
          <dl className="anatomy">
            <dt>Origin</dt>
            <dd>{muscle.attachments.origin}</dd>
            <dt>Insertion</dt>
            <dd>{muscle.attachments.insertion}</dd>
            <dt>Action</dt>
            <dd>{muscle.action}</dd>
            <dt>Innervation</dt>
            <dd>{muscle.innervation}</dd>
            {muscle.aliases.length > 0 && (
              <>
                <dt>Also called</dt>
                <dd>{muscle.aliases.join(', ')}</dd>
              </>
            )}
          </dl>
        </section>
      )}

      <section>
        <h3>Certainty</h3>
        <p data-certainty={point.certainty}>
          <strong>{certaintyName}</strong>
          {certaintyMeaning && `: ${certaintyMeaning}.`}
        </p>
        <p>
          Evidence for trigger point therapy is debated: some researchers question whether trigger points can be found reliably or
          explain pain at all, so read these patterns as a guide, not as proof.
        </p>
        {critique && <p className="muted citation">See {critique.citation}</p>}
      </section>

      <section>
        <h3>Sources</h3>
        <ol className="sources">
          {point.sources.map(({ source, detail: where }) => {
            const citation = dataset?.sourceById.get(source);
            return (
              <li key={source}>
                <span className="citation">{citation?.citation ?? source}</span>
                {where && <span className="muted"> {asSentence(where)}</span>}
              </li>
            );
          })}
        </ol>
      </section>

      <p className="details-disclaimer" role="note">
        Educational, not a diagnosis. The same pain can have other causes: see a clinician if it is severe or lasting, and at once
        for chest pain with breathlessness, numbness with weakness, fever, pain after an injury or pain that wakes you at night.
      </p>
    </article>
  );
}
