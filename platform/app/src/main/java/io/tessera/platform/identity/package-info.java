/**
 * Who is calling, for which tenant: the tenant gate in front of authentication (unknown → 404, suspended → 403),
 * the per-realm OIDC configuration for elytron's bearer-token validation, and the filter that binds the request to
 * its tenant once the token's realm matches the URL.
 */
package io.tessera.platform.identity;
