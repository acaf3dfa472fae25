'use client';

import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onReset: () => void;
}

interface State {
  error: Error | null;
}

/** Shows a readable message instead of an empty box when a widget throws while rendering. */
export class WidgetErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private retry = () => {
    this.setState({ error: null });
    this.props.onReset();
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="widget-error" role="alert">
        <p>
          <strong>This widget stopped with an error:</strong> {error.message || String(error)}
        </p>
        <p>The text around it still explains the idea. Resetting restores the default settings.</p>
        <button type="button" className="widget-button" onClick={this.retry}>
          Reset the widget
        </button>
      </div>
    );
  }
}
