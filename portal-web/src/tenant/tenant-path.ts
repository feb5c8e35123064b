/**
 * Tenant slugs as they appear in portal addresses (`/t/{slug}/...`). A slug is also the name of the
 * tenant's Keycloak realm. The server has the final word (unknown slugs give 404); this only keeps
 * obviously malformed input out of URLs.
 */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** The tenant slug of a portal path: `/t/acme/` and `/t/acme/anything` → `acme`; otherwise `null`. */
export function tenantSlugFromPath(pathname: string): string | null {
  const match = /^\/t\/([^/]+)(?:\/|$)/.exec(pathname);
  if (!match) {
    return null;
  }
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isValidSlug(segment) ? segment : null;
}

/** Whether the path is under `/t/` at all (to tell "no tenant" from "malformed tenant"). */
export function isTenantPath(pathname: string): boolean {
  return pathname === '/t' || pathname.startsWith('/t/');
}

/** Normalises what a person typed into the organisation field; `null` when it cannot be a slug. */
export function slugFromInput(input: string): string | null {
  const candidate = input.trim().toLowerCase();
  return isValidSlug(candidate) ? candidate : null;
}

/** The portal home path of a tenant, e.g. `/t/acme/`. */
export function tenantHomePath(slug: string): string {
  return `/t/${encodeURIComponent(slug)}/`;
}
