import { ApiError, NetworkError, parseProblem } from './problem';

/** Supplies a fresh bearer token, or `null` for public endpoints. */
export type TokenSource = () => Promise<string | null>;

export interface HttpOptions {
  readonly token?: TokenSource;
  /** Sent as `Accept-Language`, so server-side messages (problem `detail`) match the UI language. */
  readonly language?: () => string;
  /** Called when the API answers 401 (token rejected); normally starts a new sign-in. */
  readonly onUnauthorized?: () => void;
}

async function readJson(response: Response): Promise<unknown> {
  const body = await response.text();
  if (body.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** A small fetch wrapper: JSON in and out, bearer token, problem+json errors as `ApiError`. */
export class HttpClient {
  constructor(private readonly options: HttpOptions = {}) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    const language = this.options.language?.();
    if (language) {
      headers.set('Accept-Language', language);
    }
    const token = await this.options.token?.();
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    if (body !== undefined) {
      headers.set('Content-Type', 'application/json');
    }

    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new NetworkError(error);
    }

    const payload = await readJson(response);
    if (!response.ok) {
      if (response.status === 401) {
        this.options.onUnauthorized?.();
      }
      throw new ApiError(parseProblem(response.status, payload));
    }
    return payload as T;
  }
}
