package io.tessera.platform.ticket.domain;

/** The current tenant's ticket settings: its priority matrix and its ticket policy. */
public interface TicketSettings {

    PriorityMatrix priorityMatrix();

    void savePriorityMatrix(PriorityMatrix matrix);

    TicketPolicy policy();

    void savePolicy(TicketPolicy policy);

    CategoryCatalog categories();

    void saveCategories(CategoryCatalog catalog);
}
