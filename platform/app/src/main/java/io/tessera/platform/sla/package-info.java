/**
 * SLA: the tenant's business calendars — stored, edited, exchanged as iCalendar — and the business-time questions
 * asked of them (due instants, elapsed business time). The arithmetic itself is the {@code tessera-sla} library
 * ({@code io.tessera.platform.sla.calendar}); SLA policies and ticket clocks will build on both.
 */
package io.tessera.platform.sla;
