import type { I18n, MessageKey } from '../i18n/i18n';
import { slugFromInput, tenantHomePath } from '../tenant/tenant-path';
import { h, replaceChildren } from './dom';
import type { View } from './shell';
import { topBar } from './top-bar';

/** Shown on `/portal/` without a tenant: asks for the organisation and goes to `/t/{slug}/`. */
export class OrganisationPicker implements View {
  private value = '';
  private error: MessageKey | null;

  constructor(
    private readonly i18n: I18n,
    private readonly navigate: (path: string) => void,
    initialError: MessageKey | null = null,
  ) {
    this.error = initialError;
  }

  documentTitle(): string {
    return this.i18n.t('app.portalName');
  }

  render(container: HTMLElement): void {
    const { t } = this.i18n;
    const input = h('input', {
      id: 'organisation',
      name: 'organisation',
      type: 'text',
      value: this.value,
      required: true,
      autocomplete: 'off',
      autocapitalize: 'none',
      spellcheck: 'false',
      maxlength: 63,
      'aria-describedby': this.error ? 'organisation-hint organisation-error' : 'organisation-hint',
      'aria-invalid': this.error ? 'true' : null,
      'data-testid': 'organisation-input',
      oninput: (event: Event) => {
        this.value = (event.target as HTMLInputElement).value;
      },
    });
    const form = h(
      'form',
      { class: 'form', novalidate: true, 'data-testid': 'organisation-form', onsubmit: (event: Event) => this.submit(event, container) },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'organisation' }, t('picker.label')),
        h('p', { id: 'organisation-hint', class: 'field__hint' }, t('picker.hint')),
        input,
        this.error && h('p', { id: 'organisation-error', class: 'field__error', 'data-testid': 'organisation-error' }, t(this.error)),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', 'data-testid': 'organisation-submit' }, t('picker.submit'))),
    );
    replaceChildren(
      container,
      topBar(this.i18n, null),
      h(
        'main',
        { id: 'main', class: 'page page--narrow', tabindex: -1 },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'picker-heading', 'data-testid': 'organisation-picker' },
          h('h1', { id: 'picker-heading' }, t('picker.heading')),
          h('p', {}, t('picker.intro')),
          form,
        ),
      ),
    );
  }

  private submit(event: Event, container: HTMLElement): void {
    event.preventDefault();
    const slug = slugFromInput(this.value);
    if (slug) {
      this.navigate(tenantHomePath(slug));
      return;
    }
    this.error = 'picker.invalid';
    this.render(container);
    container.querySelector<HTMLInputElement>('#organisation')?.focus();
  }
}
