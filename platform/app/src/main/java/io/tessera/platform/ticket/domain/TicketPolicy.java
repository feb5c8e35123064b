package io.tessera.platform.ticket.domain;

/**
 * A tenant's settings that ticket rules depend on.
 *
 * @param reopenWindowDays   how many days after resolution an incident may still be reopened
 * @param maxAttachmentBytes the largest attachment the tenant accepts
 */
public record TicketPolicy(int reopenWindowDays, long maxAttachmentBytes) {

    public static final int MAX_REOPEN_WINDOW_DAYS = 365;
    /** The platform's ceiling for attachments (the server refuses larger requests anyway). */
    public static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    public static final TicketPolicy DEFAULT = new TicketPolicy(7, 10L * 1024 * 1024);

    public TicketPolicy {
        if (reopenWindowDays < 0 || reopenWindowDays > MAX_REOPEN_WINDOW_DAYS) {
            throw new IllegalArgumentException("reopen window must be 0.." + MAX_REOPEN_WINDOW_DAYS + " days");
        }
        if (maxAttachmentBytes < 1 || maxAttachmentBytes > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("attachment limit must be 1.." + MAX_ATTACHMENT_BYTES + " bytes");
        }
    }
}
