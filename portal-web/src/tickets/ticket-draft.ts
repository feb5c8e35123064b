import type { MessageKey, MessageParams } from '../i18n/i18n';
import type { NewTicket } from '../api/portal-api';

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 10_000;

export type DraftField = 'title' | 'description';

export interface DraftError {
  readonly field: DraftField;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface TicketDraft {
  title: string;
  description: string;
}

/**
 * Client-side checks mirroring the API's rules (title required, ≤ 200 characters; description
 * ≤ 10 000). Lengths count UTF-16 code units, as the browser's `maxlength` and Java's `String` do.
 */
export function validateDraft(draft: TicketDraft): DraftError[] {
  const errors: DraftError[] = [];
  const title = draft.title.trim();
  if (title === '') {
    errors.push({ field: 'title', key: 'validation.title.required' });
  } else if (title.length > TITLE_MAX_LENGTH) {
    errors.push({ field: 'title', key: 'validation.title.tooLong', params: { max: TITLE_MAX_LENGTH } });
  }
  if (draft.description.trim().length > DESCRIPTION_MAX_LENGTH) {
    errors.push({
      field: 'description',
      key: 'validation.description.tooLong',
      params: { max: DESCRIPTION_MAX_LENGTH },
    });
  }
  return errors;
}

/** The request body for a valid draft: surrounding whitespace removed. */
export function toNewTicket(draft: TicketDraft): NewTicket {
  return { title: draft.title.trim(), description: draft.description.trim() };
}
