import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n';

interface State {
  error: Error | null;
}

/**
 * Last line of defence: a render crash shows what happened instead of a blank window. A class
 * (hooks cannot catch render errors), so its words are read from the current language on render.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('AgentDesk renderer crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>{translate('app.crash.title')}</h1>
        <p>{translate('app.crash.safe')}</p>
        <pre className="crash-message">{error.message}</pre>
        <div className="crash-actions">
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            {translate('app.crash.retry')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {translate('app.crash.reload')}
          </button>
        </div>
      </div>
    );
  }
}
