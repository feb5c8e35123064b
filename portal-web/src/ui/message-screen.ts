import type { I18n, MessageKey, MessageParams } from '../i18n/i18n';
import { h, replaceChildren } from './dom';
import type { View } from './shell';
import { topBar } from './top-bar';

export type ScreenAction = 'retry' | 'chooseOrganisation';

export interface MessageScreenContent {
  readonly testId: string;
  readonly heading: MessageKey;
  readonly body?: MessageKey;
  readonly params?: MessageParams;
  readonly actions?: readonly ScreenAction[];
  readonly busy?: boolean;
}

/** A full-page message: loading, organisation not found / suspended, service unavailable. */
export class MessageScreen implements View {
  constructor(
    private readonly i18n: I18n,
    private readonly content: MessageScreenContent,
  ) {}

  documentTitle(): string {
    return `${this.i18n.t(this.content.heading)} · ${this.i18n.t('app.portalName')}`;
  }

  render(container: HTMLElement): void {
    const { t } = this.i18n;
    const { testId, heading, body, params, actions = [], busy = false } = this.content;
    replaceChildren(
      container,
      topBar(this.i18n, null),
      h(
        'main',
        { id: 'main', class: 'page page--narrow', tabindex: -1 },
        h(
          'section',
          { class: 'panel message', 'data-testid': testId, 'aria-busy': busy ? 'true' : null, role: busy ? 'status' : null },
          h('h1', { 'data-testid': 'screen-heading' }, t(heading, params)),
          body && h('p', {}, t(body, params)),
          actions.length > 0 &&
            h(
              'div',
              { class: 'actions' },
              ...actions.map((action) =>
                action === 'retry'
                  ? h('button', { type: 'button', class: 'button', onclick: () => window.location.reload() }, t('action.retry'))
                  : h('a', { class: 'button button--secondary', href: '/portal/' }, t('action.chooseOrganisation')),
              ),
            ),
        ),
      ),
    );
  }
}
