import { describeError, type ErrorMessages } from '../api/error-messages';
import type { PortalApi, Ticket } from '../api/portal-api';
import type { I18n } from '../i18n/i18n';
import {
  DESCRIPTION_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  toNewTicket,
  validateDraft,
  type DraftError,
} from '../tickets/ticket-draft';
import { h, replaceChildren } from './dom';

const NO_PROBLEMS: ErrorMessages = { summary: '', fields: {}, other: [] };

/**
 * The "new ticket" form. Its elements are built once and only their texts and states change, so
 * typed text, caret and focus survive a language switch. Messages are kept as keys or error
 * objects and translated when rendered, so they follow the language too.
 */
export class TicketForm {
  readonly element: HTMLElement;

  private readonly heading = h('h2', { id: 'form-heading', 'data-testid': 'form-heading' });
  private readonly intro = h('p', { class: 'panel__intro' });
  private readonly titleLabel = h('label', { for: 'ticket-title' });
  private readonly titleHint = h('p', { id: 'ticket-title-hint', class: 'field__hint' });
  private readonly titleInput = h('input', {
    id: 'ticket-title',
    name: 'title',
    type: 'text',
    required: true,
    maxlength: TITLE_MAX_LENGTH,
    autocomplete: 'off',
    'data-testid': 'ticket-title-input',
  });
  private readonly titleError = h('p', { id: 'ticket-title-error', class: 'field__error', 'data-testid': 'ticket-title-error', hidden: true });
  private readonly descriptionLabel = h('label', { for: 'ticket-description' });
  private readonly descriptionHint = h('p', { id: 'ticket-description-hint', class: 'field__hint' });
  private readonly descriptionInput = h('textarea', {
    id: 'ticket-description',
    name: 'description',
    rows: 6,
    maxlength: DESCRIPTION_MAX_LENGTH,
    'data-testid': 'ticket-description-input',
  });
  private readonly descriptionCount = h('p', { id: 'ticket-description-count', class: 'field__count' });
  private readonly descriptionError = h('p', {
    id: 'ticket-description-error',
    class: 'field__error',
    'data-testid': 'ticket-description-error',
    hidden: true,
  });
  private readonly submitButton = h('button', { type: 'submit', class: 'button', 'data-testid': 'ticket-submit' });
  /** Polite live region for "ticket created"; in the page from the start so screen readers announce it. */
  private readonly success = h('div', { class: 'notice notice--success', role: 'status', 'aria-live': 'polite', 'data-testid': 'form-success' });
  /** Alert region for failures. */
  private readonly failure = h('div', { class: 'notice notice--error', role: 'alert', 'data-testid': 'form-error' });

  /** Problems found before sending. */
  private draftErrors: readonly DraftError[] = [];
  /** The failure of the last request (problem+json or network). */
  private requestError: unknown = null;
  /** Number of the ticket the last request created. */
  private createdNumber: string | null = null;
  private submitting = false;

  constructor(
    private readonly i18n: I18n,
    private readonly api: PortalApi,
    private readonly onCreated: (ticket: Ticket) => void,
  ) {
    this.descriptionInput.addEventListener('input', () => this.renderCount());
    const form = h(
      'form',
      { class: 'form', novalidate: true, 'aria-labelledby': 'form-heading', 'data-testid': 'ticket-form' },
      this.success,
      this.failure,
      h('div', { class: 'field' }, this.titleLabel, this.titleHint, this.titleInput, this.titleError),
      h('div', { class: 'field' }, this.descriptionLabel, this.descriptionHint, this.descriptionInput, this.descriptionCount, this.descriptionError),
      h('div', { class: 'actions' }, this.submitButton),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.element = h(
      'section',
      { class: 'panel', 'aria-labelledby': 'form-heading', 'data-testid': 'ticket-form-panel' },
      this.heading,
      this.intro,
      form,
    );
  }

  /** Brings every text and state up to date in the current language. */
  render(): void {
    const { t } = this.i18n;
    this.heading.textContent = t('form.heading');
    this.intro.textContent = t('form.intro');
    this.titleLabel.textContent = t('form.title.label');
    this.titleHint.textContent = t('form.title.hint', { max: this.i18n.formatNumber(TITLE_MAX_LENGTH) });
    this.descriptionLabel.textContent = t('form.description.label');
    this.descriptionHint.textContent = t('form.description.hint', { max: this.i18n.formatNumber(DESCRIPTION_MAX_LENGTH) });
    this.submitButton.textContent = this.submitting ? t('form.submitting') : t('form.submit');
    this.submitButton.disabled = this.submitting;
    this.element.setAttribute('aria-busy', String(this.submitting));
    this.renderCount();

    const { summary, fields, other } = this.problems();
    this.renderFieldError(this.titleInput, this.titleError, 'ticket-title-hint', fields.title);
    this.renderFieldError(this.descriptionInput, this.descriptionError, 'ticket-description-hint ticket-description-count', fields.description);
    this.success.textContent = this.createdNumber ? t('form.created', { number: this.createdNumber }) : '';
    if (summary) {
      replaceChildren(this.failure, h('p', {}, summary), other.length > 0 && h('ul', {}, ...other.map((message) => h('li', {}, message))));
    } else {
      this.failure.replaceChildren();
    }
  }

  private problems(): ErrorMessages {
    const { t } = this.i18n;
    if (this.draftErrors.length > 0) {
      const fields: Record<string, string> = {};
      for (const { field, key, params } of this.draftErrors) {
        const max = params?.max;
        fields[field] ??= t(key, typeof max === 'number' ? { max: this.i18n.formatNumber(max) } : params);
      }
      return { summary: t('form.fixFields'), fields, other: [] };
    }
    if (this.requestError !== null) {
      return describeError(this.requestError, t, t('form.failed'), ['title', 'description']);
    }
    return NO_PROBLEMS;
  }

  private renderCount(): void {
    this.descriptionCount.textContent = this.i18n.t('form.charCount', {
      count: this.i18n.formatNumber(this.descriptionInput.value.length),
      max: this.i18n.formatNumber(DESCRIPTION_MAX_LENGTH),
    });
  }

  private renderFieldError(
    input: HTMLInputElement | HTMLTextAreaElement,
    error: HTMLElement,
    hintIds: string,
    message: string | undefined,
  ): void {
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${hintIds} ${error.id}`);
    } else {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', hintIds);
    }
  }

  private async submit(): Promise<void> {
    if (this.submitting) {
      return;
    }
    const draft = { title: this.titleInput.value, description: this.descriptionInput.value };
    this.draftErrors = validateDraft(draft);
    this.requestError = null;
    this.createdNumber = null;
    if (this.draftErrors.length > 0) {
      this.render();
      this.focusFirstInvalidField();
      return;
    }

    this.submitting = true;
    this.render();
    try {
      const ticket = await this.api.createTicket(toNewTicket(draft));
      this.titleInput.value = '';
      this.descriptionInput.value = '';
      this.createdNumber = ticket.number;
      this.onCreated(ticket);
    } catch (error) {
      this.requestError = error;
    } finally {
      this.submitting = false;
      this.render();
    }
    this.focusFirstInvalidField();
  }

  private focusFirstInvalidField(): void {
    this.element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
