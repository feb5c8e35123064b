/**
 * SLA: the tenant's business calendars (stored, edited, exchanged as iCalendar, asked for due instants and elapsed
 * business time), SLA policies (conditions, targets per metric and priority, pausing statuses, escalations), the
 * ticket clocks they govern, their database-backed timers (warnings and breaches fired once, cluster-safe) and the
 * compliance report. The arithmetic is the {@code tessera-sla} library (calendars and clocks); ADRs 0007 and 0011.
 */
package io.tessera.platform.sla;
