import { en, type MessageCatalog, type MessageKey } from './messages.en';
import { zhCN } from './messages.zh-CN';

export type { MessageKey } from './messages.en';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGS: Readonly<Record<Locale, MessageCatalog>> = { en, 'zh-CN': zhCN };

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const STORAGE_KEY = 'tessera.portal.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the portal locale: a stored, supported choice wins; otherwise the first browser
 * language that is Chinese (`zh`, `zh-CN`, `zh-Hans`, ...) or English decides; the fallback is English.
 */
export function resolveLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) {
    return stored;
  }
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') {
      return 'zh-CN';
    }
    if (primary === 'en') {
      return 'en';
    }
  }
  return 'en';
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

/** The placeholder names a template uses, sorted, without duplicates. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    names.add(match[1]);
  }
  return [...names].sort();
}

/** Formats an ISO-8601 instant for people; returns the input unchanged when it is not a date. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Formats a count for people (`10,000` / `10,000`). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

interface LocaleStore {
  load(): string | null;
  save(locale: Locale): void;
}

function browserStore(): LocaleStore {
  return {
    load() {
      try {
        return window.localStorage.getItem(STORAGE_KEY);
      } catch {
        return null; // storage disabled (privacy mode): fall back to the browser language
      }
    },
    save(locale) {
      try {
        window.localStorage.setItem(STORAGE_KEY, locale);
      } catch {
        // not persisted; the choice still applies to this page
      }
    },
  };
}

/** The current locale of the page, with change notification for views that re-render. */
export class I18n {
  private current: Locale;
  private readonly listeners = new Set<(locale: Locale) => void>();

  constructor(
    initial: Locale,
    private readonly store: LocaleStore,
  ) {
    this.current = initial;
  }

  static fromBrowser(): I18n {
    const store = browserStore();
    return new I18n(resolveLocale(store.load(), navigator.languages ?? [navigator.language]), store);
  }

  get locale(): Locale {
    return this.current;
  }

  readonly t: Translate = (key, params) => interpolate(CATALOGS[this.current][key] ?? key, params);

  formatDateTime(iso: string): string {
    return formatDateTime(iso, this.current);
  }

  formatNumber(value: number): string {
    return formatNumber(value, this.current);
  }

  setLocale(locale: Locale): void {
    if (locale === this.current) {
      return;
    }
    this.current = locale;
    this.store.save(locale);
    this.listeners.forEach((listener) => listener(locale));
  }

  onChange(listener: (locale: Locale) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
