/**
 * Assignment groups: the teams of agents tickets are assigned to (service desk, network, database...), and who is
 * in them. Tenant admins manage them; the ticket feature asks {@code GroupDirectory} whether a group exists and
 * who belongs to it.
 */
package io.tessera.platform.group;
