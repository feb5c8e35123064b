/** Liveness and readiness for operators and the launcher. */
package io.tessera.platform.health;
