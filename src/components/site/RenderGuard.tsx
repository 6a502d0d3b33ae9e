import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What shows instead when the children throw while rendering. */
  fallback: (error: unknown) => ComponentChildren;
  /** A new value tries the children again (new data may render). */
  retryOn: unknown;
  children: ComponentChildren;
}

interface State {
  failed: boolean;
  error?: unknown;
  retryOn?: unknown;
}

/**
 * Keeps a throw while rendering one part of an island to that part: without it Preact unmounts
 * the whole island and the page goes blank, taking the controls that could fix things with it.
 */
export class RenderGuard extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.retryOn === state.retryOn ? null : { failed: false, error: undefined, retryOn: props.retryOn };
  }

  render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
