import { LOCALES, isLocale, type I18n } from '../i18n/i18n';
import { h } from './dom';

/** The language switch (English / 简体中文); the choice is remembered by {@link I18n}. */
export function languageSelect(i18n: I18n): HTMLElement {
  const select = h(
    'select',
    {
      id: 'language-select',
      'data-testid': 'language-select',
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (isLocale(value)) {
          i18n.setLocale(value);
        }
      },
    },
    ...LOCALES.map((locale) =>
      h('option', { value: locale, lang: locale, selected: locale === i18n.locale }, i18n.t(`language.${locale}`)),
    ),
  );
  return h('div', { class: 'language' }, h('label', { for: 'language-select' }, i18n.t('language.label')), select);
}
