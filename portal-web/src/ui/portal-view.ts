import type { PortalApi, PortalConfig } from '../api/portal-api';
import type { Session } from '../auth/session';
import type { I18n } from '../i18n/i18n';
import { h, replaceChildren } from './dom';
import type { View } from './shell';
import { TicketForm } from './ticket-form';
import { TicketList } from './ticket-list';
import { topBar } from './top-bar';

/** The signed-in portal: header, "new ticket" form and "my tickets". */
export class PortalView implements View {
  private readonly form: TicketForm;
  private readonly list: TicketList;

  constructor(
    private readonly i18n: I18n,
    private readonly config: PortalConfig,
    private readonly session: Session,
    api: PortalApi,
  ) {
    this.list = new TicketList(i18n, api);
    this.form = new TicketForm(i18n, api, (ticket) => this.list.prepend(ticket));
  }

  /** Loads the first page of tickets; call once after the view is shown. */
  start(): Promise<void> {
    return this.list.reload();
  }

  documentTitle(): string {
    return this.i18n.t('app.documentTitle', { organisation: this.config.displayName });
  }

  render(container: HTMLElement): void {
    const { t } = this.i18n;
    const userName = this.session.userName;
    const signOut = h(
      'button',
      { type: 'button', class: 'button button--secondary', 'data-testid': 'sign-out', onclick: () => void this.session.signOut() },
      t('header.signOut'),
    );
    const user = h(
      'span',
      { class: 'top-bar__user', 'data-testid': 'user-name', title: userName ? t('header.signedInAs', { name: userName }) : null },
      userName ?? t('header.unknownUser'),
    );
    this.form.render();
    this.list.render();
    replaceChildren(
      container,
      topBar(this.i18n, this.config.displayName, user, signOut),
      h(
        'main',
        { id: 'main', class: 'page', tabindex: -1 },
        h('h1', { class: 'visually-hidden' }, this.documentTitle()),
        h('div', { class: 'layout' }, this.form.element, this.list.element),
      ),
    );
  }
}
