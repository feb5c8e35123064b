package io.tessera.platform.ticket.application;

import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketComment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What callers ask the ticket services to do; also the request bodies of the REST API (validated there with Bean
 * Validation before they reach a service). Codes (types, levels, statuses) are checked by the domain, which names
 * the allowed ones.
 */
public final class TicketCommands {

    private TicketCommands() {
    }

    private static final String CODE = "[a-z][a-z_]{0,39}";

    /**
     * Opens a ticket. Without a type it is an incident. End users open incidents and requests for themselves;
     * agents may open any type, for another requester and through another channel.
     */
    public record Open(
            @Pattern(regexp = CODE) String type,
            @NotBlank @Size(max = Ticket.MAX_TITLE) String title,
            @Size(max = Ticket.MAX_DESCRIPTION) String description,
            @Pattern(regexp = CODE) String impact,
            @Pattern(regexp = CODE) String urgency,
            @Size(max = 60) String category,
            @Size(max = 60) String subcategory,
            @Size(max = Ticket.MAX_REFERENCE) String affectedService,
            @Size(max = Ticket.MAX_REFERENCE) String configurationItem,
            @Pattern(regexp = CODE) String channel,
            @Size(max = 30) String parent,
            @Pattern(regexp = CODE) String changeModel,
            @Size(max = 64) String requesterId,
            @Size(max = 200) String requesterName,
            @Size(max = Ticket.MAX_REFERENCE) String organisation,
            @Size(max = Ticket.MAX_REFERENCE) String contract) {

        public static Open simple(String title, String description) {
            return new Open(null, title, description, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }
    }

    /** Edits fields of a ticket; {@code null} leaves a field unchanged, an empty text clears an optional one. */
    public record Edit(
            @Size(max = Ticket.MAX_TITLE) String title,
            @Size(max = Ticket.MAX_DESCRIPTION) String description,
            @Pattern(regexp = CODE) String impact,
            @Pattern(regexp = CODE) String urgency,
            @Size(max = 60) String category,
            @Size(max = 60) String subcategory,
            @Size(max = Ticket.MAX_REFERENCE) String affectedService,
            @Size(max = Ticket.MAX_REFERENCE) String configurationItem,
            Boolean majorIncident,
            @Size(max = Ticket.MAX_DESCRIPTION) String rootCause,
            @Size(max = Ticket.MAX_DESCRIPTION) String workaround,
            @Pattern(regexp = CODE) String risk,
            Instant plannedStart,
            Instant plannedEnd,
            @Size(max = 50) Set<@NotBlank @Size(max = 64) String> watchers,
            @Size(max = Ticket.MAX_REFERENCE) String organisation,
            @Size(max = Ticket.MAX_REFERENCE) String contract) {
    }

    /** Moves a ticket to another status, with what that step needs. */
    public record Transition(
            @NotBlank @Pattern(regexp = CODE) String to,
            @Pattern(regexp = CODE) String reason,
            @Pattern(regexp = CODE) String resolutionCode,
            @Size(max = Ticket.MAX_NOTES) String notes,
            @Pattern(regexp = CODE) String outcome) {
    }

    /** Assigns a ticket to a group and/or one of its agents; both null unassigns. */
    public record Assign(String group, @Size(max = 64) String assignee) {
    }

    /** Links this ticket to another one. */
    public record Link(@NotBlank @Pattern(regexp = CODE) String kind, @NotBlank @Size(max = 30) String target) {
    }

    /** Puts an incident under a major incident ({@code parent} null: takes it out). */
    public record Attach(@Size(max = 30) String parent) {
    }

    /** Adds a public reply or an internal work note. */
    public record Comment(
            @Pattern(regexp = CODE) String visibility,
            @NotBlank @Size(max = TicketComment.MAX_BODY) String body) {
    }

    /** Names a change's CAB and how its votes count. */
    public record Approvers(
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 64) String> approvers,
            @Pattern(regexp = CODE) String rule) {
    }

    /** An approver's vote on a change. */
    public record Decision(@NotBlank @Pattern(regexp = "approve|reject") String decision,
                           @Size(max = Ticket.MAX_NOTES) String comment) {
    }
}
