package io.tessera.platform.ticket.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's ticket categories and their subcategories. An empty catalogue accepts any category (free text until
 * the tenant sets one up); otherwise a ticket's category must be listed and its subcategory listed under it.
 */
public record CategoryCatalog(Map<String, List<String>> categories) {

    public static final int MAX_CATEGORIES = 200;
    public static final int MAX_NAME = 60;
    public static final CategoryCatalog OPEN = new CategoryCatalog(Map.of());

    public CategoryCatalog {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        categories.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        categories = java.util.Collections.unmodifiableMap(copy);
    }

    /** @throws TicketRuleException when the catalogue is set up and does not list the category or subcategory */
    public void check(String category, String subcategory) {
        if (categories.isEmpty()) {
            return;
        }
        String c = category == null ? null : category.strip();
        String s = subcategory == null || subcategory.isBlank() ? null : subcategory.strip();
        if (c == null || c.isEmpty()) {
            if (s != null) {
                throw new TicketRuleException(TicketRuleException.Kind.INVALID, "ticket-subcategory-without-category",
                        List.of("category"), Map.of());
            }
            return;
        }
        if (!categories.containsKey(c)) {
            throw TicketRuleException.unknownCode("category", c, List.copyOf(categories.keySet()));
        }
        if (s != null && !categories.get(c).contains(s)) {
            throw TicketRuleException.unknownCode("subcategory", s, categories.get(c));
        }
    }
}
