/**
 * The demo the stack is seeded with (an operator, two tenants with an admin, an agent and an end user each) and
 * the seeding itself, done through the platform's public REST API like any client would.
 */
package io.tessera.launcher.demo;
