import { Component, type ReactNode } from 'react';
import { parseUrlState } from '../../app/url-state';

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
      const ja = parseUrlState(window.location.search).lang === 'ja';
      return (
        <p role="alert" className="state error">
          {ja ? 'この画面を表示できませんでした。別の画面を選ぶか、ページを再読み込みしてください。' : 'This screen could not be shown. Choose another screen or reload the page.'}
          {ja ? '（' : ' ('}
          <span lang="en">{this.state.error.message}</span>
          {ja ? '）' : ')'}
        </p>
      );
    }
    return this.props.children;
  }
}
