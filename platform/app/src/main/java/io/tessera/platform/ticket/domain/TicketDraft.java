package io.tessera.platform.ticket.domain;

/**
 * What a new ticket starts with. Impact and urgency default to medium; the channel to the one the caller came
 * through. Type-specific parts ({@code changeModel}) are ignored by other types.
 *
 * @param organisation the customer organisation or site inside the tenant (free reference), or null
 * @param contract     the contract reference the ticket falls under, or null
 * @param changeModel {@code standard}, {@code normal} (default) or {@code emergency}, for changes
 */
public record TicketDraft(String title, String description, Level impact, Level urgency, String category,
                          String subcategory, String affectedService, String configurationItem, String channel,
                          String changeModel, String organisation, String contract) {

    public static TicketDraft of(String title, String description, String channel) {
        return new TicketDraft(title, description, null, null, null, null, null, null, channel, null, null, null);
    }
}
