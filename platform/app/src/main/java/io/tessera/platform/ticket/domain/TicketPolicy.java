package io.tessera.platform.ticket.domain;

/**
 * A tenant's settings that ticket rules depend on.
 *
 * @param reopenWindowDays how many days after resolution an incident may still be reopened
 */
public record TicketPolicy(int reopenWindowDays) {

    public static final int MAX_REOPEN_WINDOW_DAYS = 365;
    public static final TicketPolicy DEFAULT = new TicketPolicy(7);

    public TicketPolicy {
        if (reopenWindowDays < 0 || reopenWindowDays > MAX_REOPEN_WINDOW_DAYS) {
            throw new IllegalArgumentException("reopen window must be 0.." + MAX_REOPEN_WINDOW_DAYS + " days");
        }
    }
}
