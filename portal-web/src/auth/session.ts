import Keycloak from 'keycloak-js';
import type { PortalConfig } from '../api/portal-api';
import { displayNameFromClaims, type NameClaims } from './user-name';

/** Seconds a token must still be valid before an API call; otherwise it is refreshed first. */
export const TOKEN_MIN_VALIDITY_SECONDS = 30;

/** The signed-in end user, as the portal needs it. */
export interface Session {
  /** A display name from the ID token, or `null` when the token carries none. */
  readonly userName: string | null;
  /** A bearer token valid for at least {@link TOKEN_MIN_VALIDITY_SECONDS}; signs in again if it cannot be refreshed. */
  accessToken(): Promise<string>;
  /** Starts a new sign-in (the page navigates away). */
  reauthenticate(): void;
  signOut(): Promise<void>;
}

class KeycloakSession implements Session {
  constructor(
    private readonly keycloak: Keycloak,
    private readonly homeUrl: string,
  ) {}

  get userName(): string | null {
    return displayNameFromClaims((this.keycloak.idTokenParsed ?? this.keycloak.tokenParsed) as NameClaims | undefined);
  }

  async accessToken(): Promise<string> {
    try {
      await this.keycloak.updateToken(TOKEN_MIN_VALIDITY_SECONDS);
    } catch {
      // refresh token expired or SSO session ended
      this.reauthenticate();
      return new Promise<string>(() => {}); // the page is navigating to the login page
    }
    if (!this.keycloak.token) {
      this.reauthenticate();
      return new Promise<string>(() => {});
    }
    return this.keycloak.token;
  }

  reauthenticate(): void {
    void this.keycloak.login({ redirectUri: this.homeUrl });
  }

  signOut(): Promise<void> {
    return this.keycloak.logout({ redirectUri: this.homeUrl });
  }
}

/**
 * Signs the user in to the tenant's realm (Authorization Code + PKCE). When there is no session yet
 * the browser is sent to Keycloak and this promise never settles; on return it resolves.
 */
export async function signIn(config: PortalConfig, homeUrl: string): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: homeUrl,
  });
  if (!authenticated) {
    throw new Error('Keycloak did not authenticate the user');
  }
  return new KeycloakSession(keycloak, homeUrl);
}
