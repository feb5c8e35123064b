/**
 * Tenancy runtime: who the current tenant is ({@link io.tessera.platform.tenancy.TenantContext}), how a tenant's
 * schema is named, migrated and routed to, and the directory the edge consults before anything else runs.
 * The control plane (tenant registry, provisioning) lives in the tenant-admin module.
 */
package io.tessera.platform.tenancy;
