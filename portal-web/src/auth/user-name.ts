/** The ID token claims that can name a person (OpenID Connect standard claims). */
export interface NameClaims {
  readonly name?: unknown;
  readonly given_name?: unknown;
  readonly family_name?: unknown;
  readonly preferred_username?: unknown;
}

function claim(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The best human name in a token: `name`, then given + family name, then the user name. */
export function displayNameFromClaims(claims: NameClaims | undefined): string | null {
  if (!claims) {
    return null;
  }
  const given = claim(claims.given_name);
  const family = claim(claims.family_name);
  const joined = [given, family].filter(Boolean).join(' ');
  return claim(claims.name) ?? (joined || undefined) ?? claim(claims.preferred_username) ?? null;
}
