/** Serves the portal single-page app (built by portal-web) for every {@code /t/{tenant}/} path. */
package io.tessera.platform.portal;
