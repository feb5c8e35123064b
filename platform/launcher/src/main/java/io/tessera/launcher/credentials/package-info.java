/**
 * The stack's logins: passwords generated once and kept in {@code .tessera/credentials.json} (re-used by every
 * later start), the document's layout, and the readable summary printed by {@code ./tessera up}.
 */
package io.tessera.launcher.credentials;
