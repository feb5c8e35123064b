/**
 * Business calendars and business-time arithmetic, without any server dependency: working windows per weekday,
 * holidays and special days in an IANA time zone, and the two computations SLA clocks are built on —
 * {@link io.tessera.platform.sla.calendar.BusinessCalendar#due due} and
 * {@link io.tessera.platform.sla.calendar.BusinessCalendar#elapsed elapsed} — with pauses. Semantics: ADR 0007.
 */
package io.tessera.platform.sla.calendar;
