export function Disclaimer() {
  return (
    <p className="disclaimer" role="note">
      Educational map, not a diagnosis. See a clinician for chest pain with breathlessness, numbness with weakness, fever,
      trauma or pain at night.
    </p>
  );
}
