/**
 * The control plane: the registry of tenants (customer organisations) and their lifecycle — provisioning of the
 * schema and Keycloak realm, suspension, resumption — for MSP operators, and user management for tenant admins.
 */
package io.tessera.tenancy;
