import { Component, type ReactNode } from 'react';

/** One view's failure stays in that view, with a message an official can act on. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <p role="alert" className="state error">
          この画面を表示できませんでした。別の画面を選ぶか、ページを再読み込みしてください。（{this.state.error.message}）
        </p>
      );
    }
    return this.props.children;
  }
}
