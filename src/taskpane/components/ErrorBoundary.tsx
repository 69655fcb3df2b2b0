/**
 * A fault while drawing the pane shows as a sentence with a way to start again, instead of an
 * empty pane: the last line of "every failure is a sentence". (React itself still reports the
 * fault with its component stack on the console.)
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import type { Lang } from '../../engine/messages';
import { describeError } from '../describe-error';
import { strings } from '../strings';

export interface ErrorBoundaryProps {
  readonly lang: Lang;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly failure?: { readonly error: unknown };
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { error } };
  }

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return (
      <div role="alert">
        <MessageBar intent="error" layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody>{describeError(failure.error, this.props.lang)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => this.setState({ failure: undefined })}>
              {strings(this.props.lang).restart}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
}
