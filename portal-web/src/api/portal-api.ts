import type { HttpClient } from './http';

/** What the portal needs to know about a tenant before sign-in (public endpoint). */
export interface PortalConfig {
  readonly tenant: string;
  readonly displayName: string;
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly clientId: string;
}

export interface Ticket {
  readonly number: string;
  readonly title: string;
  readonly description?: string | null;
  readonly status: string;
  readonly requesterId?: string;
  readonly requesterName?: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

export interface TicketPage {
  readonly items: readonly Ticket[];
  readonly next: string | null;
}

export interface NewTicket {
  readonly title: string;
  readonly description: string;
}

const segment = encodeURIComponent;

export function portalConfigPath(slug: string): string {
  return `/api/public/tenants/${segment(slug)}/portal-config`;
}

export function ticketsPath(slug: string): string {
  return `/api/t/${segment(slug)}/tickets`;
}

/** `GET` path for the signed-in user's tickets; `after` is the cursor of the previous page. */
export function myTicketsPath(slug: string, after?: string | null): string {
  const query = new URLSearchParams({ scope: 'mine' });
  if (after) {
    query.set('after', after);
  }
  return `${ticketsPath(slug)}?${query.toString()}`;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Checks the shape of a portal-config answer, so a misconfigured server fails loudly and early. */
export function asPortalConfig(value: unknown): PortalConfig {
  const candidate = (value ?? {}) as Record<string, unknown>;
  const fields = ['tenant', 'displayName', 'keycloakUrl', 'realm', 'clientId'] as const;
  const missing = fields.filter((field) => !isNonEmptyString(candidate[field]));
  if (missing.length > 0) {
    throw new Error(`Invalid portal configuration: missing ${missing.join(', ')}`);
  }
  return candidate as unknown as PortalConfig;
}

/** Normalises a page of tickets (tolerates a missing `next`). */
export function asTicketPage(value: unknown): TicketPage {
  const candidate = (value ?? {}) as Record<string, unknown>;
  const items = Array.isArray(candidate.items) ? (candidate.items as Ticket[]) : [];
  const next = isNonEmptyString(candidate.next) ? candidate.next : null;
  return { items, next };
}

/** `GET /api/public/tenants/{slug}/portal-config` (no authentication). */
export async function loadPortalConfig(http: HttpClient, slug: string): Promise<PortalConfig> {
  return asPortalConfig(await http.get<unknown>(portalConfigPath(slug)));
}

/** The signed-in end user's view of one tenant's REST API. */
export class PortalApi {
  constructor(
    private readonly http: HttpClient,
    readonly slug: string,
  ) {}

  async myTickets(after?: string | null): Promise<TicketPage> {
    return asTicketPage(await this.http.get<unknown>(myTicketsPath(this.slug, after)));
  }

  createTicket(ticket: NewTicket): Promise<Ticket> {
    return this.http.post<Ticket>(ticketsPath(this.slug), ticket);
  }
}
