/** RFC 9457 problem details as the Tessera REST API returns them. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors: readonly FieldError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Builds a `Problem` from a failed response. A body that is not problem JSON (a proxy's HTML error
 * page, an empty body) still yields a problem carrying the HTTP status, so callers handle one shape.
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body)) {
    return { type: 'about:blank', title: '', status, errors: [] };
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.flatMap((entry): FieldError[] => {
        if (!isRecord(entry)) {
          return [];
        }
        const message = text(entry.message);
        return message ? [{ field: typeof entry.field === 'string' ? entry.field : '', message }] : [];
      })
    : [];
  return {
    type: text(body.type) ?? 'about:blank',
    title: text(body.title) ?? '',
    status: typeof body.status === 'number' ? body.status : status,
    detail: text(body.detail),
    errors,
  };
}

/** A non-2xx answer of the API. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? (problem.title || `HTTP ${problem.status}`));
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The API could not be reached at all (offline, DNS, CORS, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}
