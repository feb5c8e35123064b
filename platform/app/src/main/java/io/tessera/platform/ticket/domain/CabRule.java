package io.tessera.platform.ticket.domain;

import java.util.List;

/**
 * How the CAB's votes on a change add up: {@code any} (one approval suffices), {@code all} (everyone must approve)
 * or {@code majority} (more than half). Persisted and spoken by code.
 */
public final class CabRule {

    public static final AllowedCodes CODES = AllowedCodes.of("cabRule", "any", "all", "majority");

    private CabRule() {
    }

    /** {@code approved}, {@code rejected} (can no longer be approved) or {@code pending}. */
    static String outcome(String rule, List<String> decisions) {
        long n = decisions.size();
        long yes = decisions.stream().filter(ChangeApproval.APPROVED::equals).count();
        long no = decisions.stream().filter(ChangeApproval.REJECTED::equals).count();
        if (n == 0) {
            return "pending";
        }
        return switch (CODES.require(rule)) {
            case "any" -> yes > 0 ? "approved" : no == n ? "rejected" : "pending";
            case "all" -> yes == n ? "approved" : no > 0 ? "rejected" : "pending";
            default -> 2 * yes > n ? "approved" : 2 * no >= n ? "rejected" : "pending";
        };
    }
}
