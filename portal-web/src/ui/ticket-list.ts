import { describeError } from '../api/error-messages';
import type { PortalApi, Ticket } from '../api/portal-api';
import type { I18n } from '../i18n/i18n';
import { normaliseStatus, statusLabel } from '../tickets/ticket-status';
import { h, replaceChildren } from './dom';

type ListState = 'loading' | 'loaded' | 'error';

/**
 * "My tickets": the signed-in user's tickets, newest first as the API returns them, paged with the
 * API's cursor ("load more"). `data-state` on the panel tells tests when a load has finished.
 */
export class TicketList {
  readonly element: HTMLElement;

  private readonly heading = h('h2', { id: 'tickets-heading', 'data-testid': 'tickets-heading' });
  private readonly body = h('div', { class: 'tickets__body' });

  private tickets: Ticket[] = [];
  private next: string | null = null;
  private state: ListState = 'loading';
  private loadingMore = false;
  /** The failure of the last load, described when rendered (so it follows a language switch). */
  private error: unknown = null;

  constructor(
    private readonly i18n: I18n,
    private readonly api: PortalApi,
  ) {
    this.element = h('section', { class: 'panel tickets', 'aria-labelledby': 'tickets-heading', 'data-testid': 'tickets-panel' }, this.heading, this.body);
  }

  /** Loads the first page (again). */
  async reload(): Promise<void> {
    this.state = 'loading';
    this.error = null;
    this.render();
    try {
      const page = await this.api.myTickets();
      this.tickets = [...page.items];
      this.next = page.next;
      this.state = 'loaded';
    } catch (error) {
      this.error = error;
      this.state = 'error';
    }
    this.render();
  }

  /** Shows a ticket the user just created at the top of the list. */
  prepend(ticket: Ticket): void {
    this.tickets = [ticket, ...this.tickets.filter((existing) => existing.number !== ticket.number)];
    this.render();
  }

  private async loadMore(): Promise<void> {
    if (!this.next || this.loadingMore) {
      return;
    }
    this.loadingMore = true;
    this.error = null;
    this.render();
    const firstNew = this.tickets.length;
    try {
      const page = await this.api.myTickets(this.next);
      const known = new Set(this.tickets.map((ticket) => ticket.number));
      this.tickets = [...this.tickets, ...page.items.filter((ticket) => !known.has(ticket.number))];
      this.next = page.next;
    } catch (error) {
      this.error = error;
    }
    this.loadingMore = false;
    this.render();
    // move keyboard focus to the first ticket that was added, not back to the top
    this.body.querySelectorAll<HTMLElement>('[data-testid="ticket-item"]')[firstNew]?.focus();
  }

  render(): void {
    const { t } = this.i18n;
    this.heading.textContent = t('tickets.heading');
    this.element.dataset.state = this.loadingMore ? 'loading-more' : this.state;
    this.element.setAttribute('aria-busy', String(this.state === 'loading' || this.loadingMore));

    if (this.state === 'loading') {
      replaceChildren(this.body, h('p', { class: 'muted', role: 'status', 'data-testid': 'tickets-loading' }, t('tickets.loading')));
      return;
    }
    const errorText = this.error === null ? null : describeError(this.error, t, t('tickets.loadFailed')).summary;
    if (this.state === 'error') {
      replaceChildren(
        this.body,
        h(
          'div',
          { class: 'notice notice--error', role: 'alert', 'data-testid': 'tickets-error' },
          h('p', {}, errorText ?? t('tickets.loadFailed')),
          h('button', { type: 'button', class: 'button button--secondary', onclick: () => void this.reload() }, t('action.retry')),
        ),
      );
      return;
    }

    replaceChildren(
      this.body,
      this.tickets.length === 0
        ? h('p', { class: 'empty', 'data-testid': 'tickets-empty' }, t('tickets.empty'))
        : h('ul', { class: 'ticket-list', 'data-testid': 'ticket-list' }, ...this.tickets.map((ticket) => this.renderTicket(ticket))),
      errorText && h('div', { class: 'notice notice--error', role: 'alert', 'data-testid': 'tickets-error' }, h('p', {}, errorText)),
      this.next &&
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'button button--secondary',
              disabled: this.loadingMore,
              'data-testid': 'tickets-load-more',
              onclick: () => void this.loadMore(),
            },
            this.loadingMore ? t('tickets.loadingMore') : t('tickets.loadMore'),
          ),
        ),
    );
  }

  private renderTicket(ticket: Ticket): HTMLElement {
    const { t } = this.i18n;
    const headingId = `ticket-${ticket.number}-title`;
    const status = statusLabel(ticket.status, t);
    const wasUpdated = ticket.updatedAt && ticket.updatedAt !== ticket.createdAt;
    return h(
      'li',
      { class: 'ticket', tabindex: -1, 'data-testid': 'ticket-item', 'data-ticket-number': ticket.number },
      h(
        'article',
        { 'aria-labelledby': headingId },
        h(
          'div',
          { class: 'ticket__header' },
          h('h3', { id: headingId, class: 'ticket__title', 'data-testid': 'ticket-title' }, ticket.title),
          h(
            'span',
            { class: `badge badge--${normaliseStatus(ticket.status)}`, 'data-testid': 'ticket-status', 'aria-label': t('tickets.statusLabel', { status }) },
            status,
          ),
        ),
        h(
          'p',
          { class: 'ticket__meta' },
          h('span', { class: 'ticket__number', 'data-testid': 'ticket-number' }, ticket.number),
          h('time', { datetime: ticket.createdAt }, t('tickets.created', { date: this.i18n.formatDateTime(ticket.createdAt) })),
          wasUpdated && h('time', { datetime: ticket.updatedAt }, t('tickets.updated', { date: this.i18n.formatDateTime(ticket.updatedAt!) })),
        ),
        ticket.description ? h('p', { class: 'ticket__description' }, ticket.description) : null,
      ),
    );
  }
}
