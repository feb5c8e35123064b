package io.tessera.platform.ticket.domain;

/** Where a ticket is in its life; persisted by {@link #code()}. The ITIL lifecycles extend this. */
public enum TicketStatus {
    NEW("new");

    private final String code;

    TicketStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TicketStatus fromCode(String code) {
        for (TicketStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown ticket status: " + code);
    }
}
