/** How to move around the body, and when to stop reading and see someone. */
export function HelpPanel() {
  return (
    <section className="panel help-panel" aria-label="How to use Myomap">
      <h2>Getting around</h2>
      <ul className="plain">
        <li><strong>Turn</strong>: drag with the mouse or one finger.</li>
        <li><strong>Zoom</strong>: scroll or pinch; it zooms toward the pointer.</li>
        <li><strong>Pan</strong>: right-drag, or drag with two fingers.</li>
        <li><strong>Name a place</strong>: point at the body; its region is shown.</li>
        <li><strong>Views</strong>: Front, Back, Left side, Right side and Reset, above the body.</li>
      </ul>
      <h2>Safety first</h2>
      <p>Myomap is for learning about trigger points. It cannot diagnose you. See a clinician straight away for:</p>
      <ul>
        <li>chest pain with breathlessness;</li>
        <li>numbness with weakness;</li>
        <li>fever, or pain after an injury;</li>
        <li>pain that wakes you at night.</li>
      </ul>
      <p className="muted">Never press on the front of the neck, the armpit or the back of the knee.</p>
    </section>
  );
}
