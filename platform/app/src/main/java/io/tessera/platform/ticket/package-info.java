/**
 * Tickets: the ITIL records agents work all day — incidents, service requests, problems, changes and their tasks —
 * with per-tenant, per-type human numbers ({@code INC0001234}), lifecycles enforced by the aggregates (a state
 * machine per type, registered by stable code), the priority matrix, comments and work notes, audited history,
 * the queue, and the change calendar. Changes raise domain events that reach plugins after commit.
 */
package io.tessera.platform.ticket;
