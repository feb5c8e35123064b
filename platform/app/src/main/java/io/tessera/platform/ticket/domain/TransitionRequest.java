package io.tessera.platform.ticket.domain;

import java.util.Objects;

/**
 * What an agent asks for when moving a ticket: the target status and what that step needs (a hold reason,
 * a resolution, a review outcome). Unneeded parts are ignored; needed ones are checked by the lifecycle's rules.
 *
 * @param to             the target status code
 * @param reason         a reason code, e.g. why an incident is put on hold
 * @param resolutionCode how it was resolved (incidents)
 * @param notes          resolution notes, rejection or cancellation reasons
 * @param outcome        the outcome of a change's review
 */
public record TransitionRequest(String to, String reason, String resolutionCode, String notes, String outcome) {

    public TransitionRequest {
        Objects.requireNonNull(to, "to");
        reason = blankToNull(reason);
        resolutionCode = blankToNull(resolutionCode);
        notes = blankToNull(notes);
        outcome = blankToNull(outcome);
    }

    public static TransitionRequest to(String status) {
        return new TransitionRequest(status, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
