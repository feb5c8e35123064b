/**
 * SLA clocks as pure computations over a business calendar: a clock's state (running, paused, met, breached), due
 * instant, elapsed and remaining business time, threshold instants, and its explained timeline — every span counted
 * or not, and why. No server dependency; the platform stores the inputs (start, stop, pauses) and asks here.
 */
package io.tessera.platform.sla.clock;
