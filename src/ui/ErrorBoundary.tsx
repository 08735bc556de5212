import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What failed, in the user's words, e.g. "The 3D body". */
  what: string;
  children: ReactNode;
  /** A screen of its own for errors it recognises; null falls back to the generic message. */
  fallback?: (error: Error) => ReactNode | null;
}

interface State {
  error: Error | null;
}

/** Catches a render failure and shows what went wrong instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const special = this.props.fallback?.(this.state.error);
    if (special) return special;
    return (
      <div className="error-panel" role="alert" data-testid="error-panel">
        <h2>{this.props.what} could not be shown</h2>
        <p className="error-message">{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
