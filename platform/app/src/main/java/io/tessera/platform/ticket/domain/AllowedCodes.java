package io.tessera.platform.ticket.domain;

import java.util.List;

/** A closed list of stable codes one ticket field accepts, e.g. the reasons an incident may be on hold. */
public record AllowedCodes(String field, List<String> codes) {

    public AllowedCodes {
        codes = List.copyOf(codes);
    }

    public static AllowedCodes of(String field, String... codes) {
        return new AllowedCodes(field, List.of(codes));
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /**
     * @return {@code code} if it is on the list
     * @throws TicketRuleException otherwise (a null code is left to the caller's "required" checks and returned)
     */
    public String require(String code) {
        if (code != null && !codes.contains(code)) {
            throw TicketRuleException.unknownCode(field, code, codes);
        }
        return code;
    }
}
