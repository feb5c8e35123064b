/**
 * Audit revisions (Hibernate Envers) of tenant data: one revision per transaction that changed audited entities,
 * stamped with who made it. Revisions and audit tables live in each tenant's schema, like the data they describe.
 */
package io.tessera.platform.audit;
