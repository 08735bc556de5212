import { BodyCanvas } from './scene/BodyCanvas';
import { Disclaimer } from './ui/Disclaimer';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { HelpPanel } from './ui/HelpPanel';
import { HoverLabel } from './ui/HoverLabel';
import { LoadingOverlay } from './ui/LoadingOverlay';
import { NoWebGL } from './ui/NoWebGL';
import { RegionBrowser } from './ui/RegionBrowser';
import { ViewToolbar } from './ui/ViewToolbar';
import { hasWebGL2 } from './ui/webgl-support';

export function App() {
  const webgl = hasWebGL2();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Myomap</h1>
        <span className="tagline">Trigger point explorer</span>
        <ViewToolbar />
      </header>
      <RegionBrowser />
      <main className="viewport" data-testid="viewport">
        {webgl ? (
          <ErrorBoundary what="The 3D body">
            <BodyCanvas />
          </ErrorBoundary>
        ) : (
          <NoWebGL />
        )}
        <LoadingOverlay />
        <HoverLabel />
      </main>
      <HelpPanel />
      <footer className="app-footer">
        <Disclaimer />
      </footer>
    </div>
  );
}
