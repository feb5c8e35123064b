import { describe, expect, it } from 'vitest';
import { CATALOGS, I18n, LOCALES, formatDateTime, interpolate, placeholdersOf, resolveLocale, type Locale } from '../src/i18n/i18n';

describe('message catalogs', () => {
  const englishKeys = Object.keys(CATALOGS.en).sort();

  it.each(LOCALES)('%s has exactly the keys of the English catalog', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(CATALOGS[locale]).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    for (const key of englishKeys) {
      const expected = placeholdersOf(CATALOGS.en[key as keyof typeof CATALOGS.en]);
      for (const locale of LOCALES) {
        expect(placeholdersOf(CATALOGS[locale][key as keyof typeof CATALOGS.en]), `${locale}: ${key}`).toEqual(expected);
      }
    }
  });

  it('translates the Chinese catalog rather than copying English', () => {
    const sameAsEnglish = englishKeys.filter(
      (key) => !key.startsWith('language.') && CATALOGS['zh-CN'][key as keyof typeof CATALOGS.en] === CATALOGS.en[key as keyof typeof CATALOGS.en],
    );
    expect(sameAsEnglish).toEqual([]);
    expect(CATALOGS['zh-CN']['tickets.heading']).toBe('我的工单');
  });
});

describe('resolveLocale', () => {
  it('prefers a stored supported choice', () => {
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
  });

  it('ignores a stored value that is not a supported locale', () => {
    expect(resolveLocale('fr', ['zh-TW'])).toBe('zh-CN');
    expect(resolveLocale('', [])).toBe('en');
  });

  it.each([['zh'], ['zh-CN'], ['zh-Hans-CN'], ['zh_TW'], ['ZH-hk']])('maps browser language %s to zh-CN', (language) => {
    expect(resolveLocale(null, [language])).toBe('zh-CN');
  });

  it('takes the first supported browser language and falls back to English', () => {
    expect(resolveLocale(null, ['de-DE', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(resolveLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(resolveLocale(null, ['fr-FR', 'de'])).toBe('en');
    expect(resolveLocale(undefined, [])).toBe('en');
  });
});

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones alone', () => {
    expect(interpolate('Ticket {number} has been created.', { number: 'TCK0000042' })).toBe('Ticket TCK0000042 has been created.');
    expect(interpolate('{count} of {max}', { count: 0, max: 10000 })).toBe('0 of 10000');
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  it('does not treat parameter values as templates', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});

describe('formatDateTime', () => {
  const iso = '2026-11-23T10:00:00Z';

  it('formats in the chosen language', () => {
    const english = formatDateTime(iso, 'en', 'UTC');
    const chinese = formatDateTime(iso, 'zh-CN', 'UTC');
    expect(english).toMatch(/Nov/);
    expect(english).toMatch(/2026/);
    expect(chinese).toMatch(/2026年11月23日/);
    expect(chinese).not.toEqual(english);
  });

  it('returns the input for something that is not a date', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('I18n', () => {
  function memoryStore(initial: string | null = null) {
    const saved: Locale[] = [];
    return { saved, store: { load: () => initial, save: (locale: Locale) => void saved.push(locale) } };
  }

  it('translates, persists a new choice and notifies listeners once', () => {
    const { saved, store } = memoryStore();
    const i18n = new I18n('en', store);
    const seen: Locale[] = [];
    i18n.onChange((locale) => seen.push(locale));

    expect(i18n.t('tickets.heading')).toBe('My tickets');
    i18n.setLocale('zh-CN');
    i18n.setLocale('zh-CN');

    expect(i18n.t('tickets.heading')).toBe('我的工单');
    expect(i18n.t('form.created', { number: 'TCK1' })).toBe('工单 TCK1 已创建。');
    expect(saved).toEqual(['zh-CN']);
    expect(seen).toEqual(['zh-CN']);
  });

  it('stops notifying after unsubscribe', () => {
    const i18n = new I18n('en', memoryStore().store);
    const seen: Locale[] = [];
    const unsubscribe = i18n.onChange((locale) => seen.push(locale));
    unsubscribe();
    i18n.setLocale('zh-CN');
    expect(seen).toEqual([]);
  });
});
