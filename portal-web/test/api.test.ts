import { describe, expect, it } from 'vitest';
import { describeError } from '../src/api/error-messages';
import { ApiError, NetworkError, parseProblem } from '../src/api/problem';
import { asPortalConfig, asTicketPage, myTicketsPath, portalConfigPath, ticketsPath } from '../src/api/portal-api';
import { interpolate, type MessageKey, type MessageParams } from '../src/i18n/i18n';
import { en } from '../src/i18n/messages.en';

const t = (key: MessageKey, params?: MessageParams) => interpolate(en[key], params);

describe('REST paths', () => {
  it('builds the portal-config path', () => {
    expect(portalConfigPath('acme')).toBe('/api/public/tenants/acme/portal-config');
  });

  it('builds ticket paths with scope and cursor', () => {
    expect(ticketsPath('acme')).toBe('/api/t/acme/tickets');
    expect(myTicketsPath('acme')).toBe('/api/t/acme/tickets?scope=mine');
    expect(myTicketsPath('acme', null)).toBe('/api/t/acme/tickets?scope=mine');
    expect(myTicketsPath('acme', 'eyJpZCI6NDJ9+/=')).toBe('/api/t/acme/tickets?scope=mine&after=eyJpZCI6NDJ9%2B%2F%3D');
  });
});

describe('asPortalConfig', () => {
  const config = {
    tenant: 'acme',
    displayName: 'Acme Corp',
    keycloakUrl: 'http://localhost:8180',
    realm: 'acme',
    clientId: 'tessera-portal',
  };

  it('accepts a complete configuration', () => {
    expect(asPortalConfig(config)).toEqual(config);
  });

  it('names what is missing', () => {
    expect(() => asPortalConfig({ ...config, realm: '', clientId: undefined })).toThrow(/realm, clientId/);
    expect(() => asPortalConfig(undefined)).toThrow(/tenant/);
  });
});

describe('asTicketPage', () => {
  it('keeps items and cursor', () => {
    const page = asTicketPage({ items: [{ number: 'TCK1' }], next: 'c2' });
    expect(page.items).toHaveLength(1);
    expect(page.next).toBe('c2');
  });

  it('treats a missing or empty cursor as the last page', () => {
    expect(asTicketPage({ items: [] }).next).toBeNull();
    expect(asTicketPage({ items: [], next: '' }).next).toBeNull();
    expect(asTicketPage(undefined)).toEqual({ items: [], next: null });
  });
});

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = parseProblem(400, {
      type: 'https://tessera.io/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The ticket is not valid.',
      errors: [{ field: 'title', message: 'must not be blank' }, { field: 'x' }, 'junk'],
    });
    expect(problem).toEqual({
      type: 'https://tessera.io/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The ticket is not valid.',
      errors: [{ field: 'title', message: 'must not be blank' }],
    });
  });

  it('keeps the HTTP status for bodies that are not problem JSON', () => {
    expect(parseProblem(502, undefined)).toEqual({ type: 'about:blank', title: '', status: 502, errors: [] });
    expect(parseProblem(500, ['x']).status).toBe(500);
  });
});

describe('describeError', () => {
  const problem = (body: Record<string, unknown>, status = 400) => new ApiError(parseProblem(status, body));

  it('shows the server detail and puts field messages next to their fields', () => {
    const messages = describeError(
      problem({
        status: 400,
        detail: 'The ticket is not valid.',
        errors: [
          { field: 'create.request.title', message: 'size must be between 1 and 200' },
          { field: 'priority', message: 'unknown priority' },
        ],
      }),
      t,
      'fallback',
      ['title', 'description'],
    );
    expect(messages).toEqual({
      summary: 'The ticket is not valid.',
      fields: { title: 'size must be between 1 and 200' },
      other: ['unknown priority'],
    });
  });

  it('falls back to translated text when the server gives no detail', () => {
    expect(describeError(problem({}, 403), t, 'fallback').summary).toBe('You are not allowed to do this.');
    expect(describeError(problem({}, 401), t, 'fallback').summary).toMatch(/session has expired/);
    expect(describeError(problem({}, 503), t, 'fallback').summary).toBe('Something went wrong (HTTP 503). Please try again.');
    expect(describeError(problem({ title: 'Conflict' }, 409), t, 'fallback').summary).toBe('Conflict');
    expect(describeError(problem({ title: 'Internal Server Error' }, 500), t, 'fallback').summary).toBe(
      'Something went wrong (HTTP 500). Please try again.',
    );
    expect(describeError(problem({ errors: [{ field: 'title', message: 'required' }] }), t, 'fallback', ['title']).summary).toBe('fallback');
  });

  it('explains network failures and unknown errors', () => {
    expect(describeError(new NetworkError(new TypeError('Failed to fetch')), t, 'fallback').summary).toMatch(/could not be reached/);
    expect(describeError(new Error('boom'), t, 'fallback').summary).toBe('fallback');
  });
});
