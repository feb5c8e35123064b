import type { I18n } from '../i18n/i18n';
import { h, type Child } from './dom';
import { languageSelect } from './language-select';

/**
 * The page header: a skip link, the organisation's name over "Support portal" (or just "Support
 * portal" before an organisation is known), then the language switch and the given controls.
 */
export function topBar(i18n: I18n, organisation: string | null, ...controls: Child[]): DocumentFragment {
  const { t } = i18n;
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('a', { class: 'skip-link', href: '#main' }, t('app.skipToContent')),
    h(
      'header',
      { class: 'top-bar' },
      h(
        'div',
        { class: 'top-bar__brand' },
        h('span', { class: 'top-bar__name', 'data-testid': 'org-name' }, organisation ?? t('app.portalName')),
        organisation !== null && h('span', { class: 'top-bar__product' }, t('app.portalName')),
      ),
      h('div', { class: 'top-bar__controls' }, languageSelect(i18n), ...controls),
    ),
  );
  return fragment;
}
