import type { Translate } from '../i18n/i18n';
import { ApiError, NetworkError } from './problem';

export interface ErrorMessages {
  /** One sentence for the whole failure. */
  readonly summary: string;
  /** Messages for fields the caller renders inline, keyed by field name. */
  readonly fields: Readonly<Record<string, string>>;
  /** Field messages for fields the caller does not show (listed with the summary). */
  readonly other: readonly string[];
}

/**
 * Turns a failure into what the user reads: the problem's `detail` (the server's human text)
 * when there is one, field messages next to the fields, and a translated fallback otherwise.
 */
export function describeError(
  error: unknown,
  t: Translate,
  fallbackSummary: string,
  inlineFields: readonly string[] = [],
): ErrorMessages {
  if (error instanceof NetworkError) {
    return { summary: t('error.network'), fields: {}, other: [] };
  }
  if (!(error instanceof ApiError)) {
    return { summary: fallbackSummary, fields: {}, other: [] };
  }
  const { problem } = error;
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, message } of problem.errors) {
    const name = field.split('.').pop() ?? field; // "create.arg0.title" → "title"
    if (inlineFields.includes(name) && !(name in fields)) {
      fields[name] = message;
    } else {
      other.push(message);
    }
  }
  let summary: string;
  if (problem.detail) {
    summary = problem.detail;
  } else if (problem.status === 401) {
    summary = t('error.sessionExpired');
  } else if (problem.status === 403) {
    summary = t('error.forbidden');
  } else if (problem.errors.length > 0) {
    summary = fallbackSummary;
  } else if (problem.status >= 500) {
    summary = t('error.http', { status: problem.status }); // a server's internal title helps nobody
  } else {
    summary = problem.title || t('error.http', { status: problem.status });
  }
  return { summary, fields, other };
}
