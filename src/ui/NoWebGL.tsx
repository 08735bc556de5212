export function NoWebGL() {
  return (
    <div className="error-panel" role="alert" data-testid="no-webgl">
      <h2>3D view unavailable</h2>
      <p>
        This browser could not start WebGL2, which the 3D body needs. Turn on hardware acceleration, or try a current
        Chrome, Edge, Firefox or Safari.
      </p>
    </div>
  );
}
