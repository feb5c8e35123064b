import type { MessageKey, Translate } from '../i18n/i18n';

const KNOWN_STATUSES = ['new', 'open', 'in_progress', 'pending', 'on_hold', 'resolved', 'closed', 'cancelled'] as const;

/** Normalises an API status code (`IN_PROGRESS`, `in-progress`, `in_progress`) to the catalog's form. */
export function normaliseStatus(status: string): string {
  return status.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The status as people read it; a status the portal does not know yet is shown as the API sent it. */
export function statusLabel(status: string, t: Translate): string {
  const code = normaliseStatus(status);
  return (KNOWN_STATUSES as readonly string[]).includes(code) ? t(`status.${code}` as MessageKey) : status;
}
