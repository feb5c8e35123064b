package io.tessera.platform.ticket.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A ticket of one tenant (the table lives in the tenant's schema): the fields every ITIL record shares, and the
 * rules that guard them. Each type (incident, request, problem, change, task) is a subclass with its own lifecycle
 * and fields. A ticket's type, number, requester and creation time are fixed when it is opened; its status only
 * moves along its lifecycle. Every change is audited (Envers) and raises a domain event for the service to publish.
 */
@Entity
@Table(name = "ticket")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "type", length = 20)
@Audited
public abstract class Ticket {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_NOTES = 4_000;
    public static final AllowedCodes CHANNELS = AllowedCodes.of("channel", "portal", "email", "api", "phone");

    @Id
    private UUID id;
    @Column(name = "number", nullable = false, updatable = false)
    private long number;
    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "status", nullable = false, length = 30)
    private String status;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "requester_id", nullable = false, updatable = false, length = 64)
    private String requesterId;
    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;
    @Column(name = "affected_service", length = MAX_REFERENCE)
    private String affectedService;
    @Column(name = "configuration_item", length = MAX_REFERENCE)
    private String configurationItem;
    /** The customer organisation or site inside the tenant the ticket is for (a free reference). */
    @Column(name = "organisation", length = MAX_REFERENCE)
    private String organisation;
    /** The contract the ticket falls under (a free reference, e.g. {@code GOLD-2026}). */
    @Column(name = "contract", length = MAX_REFERENCE)
    private String contract;
    @Column(name = "category", length = 60)
    private String category;
    @Column(name = "subcategory", length = 60)
    private String subcategory;
    @Embedded
    private Rating rating;
    @Column(name = "assignment_group_id")
    private UUID assignmentGroupId;
    @Column(name = "assignee_id", length = 64)
    private String assigneeId;
    @Column(name = "assignee_name", length = 200)
    private String assigneeName;
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private String channel;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "resolution_notes", length = MAX_NOTES)
    private String resolutionNotes;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @ElementCollection
    @CollectionTable(name = "ticket_watcher", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "user_id", length = 64)
    private Set<String> watchers = new TreeSet<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    /** Domain events raised by the changes made through this instance, in order; drained by the service. */
    @Transient
    private List<String> raised = new ArrayList<>();

    protected Ticket() {
    }

    /**
     * Opens a ticket of {@code type} for {@code requester}. Title and texts are trimmed; the priority follows from
     * impact and urgency through the tenant's matrix.
     *
     * @param parent the ticket this one is under (a task's parent, a child incident's major incident), or null
     * @throws TicketRuleException when the draft breaks a rule (blank title, unknown channel, missing parent...)
     */
    public static Ticket open(TicketNumber number, TicketDraft draft, Ticket parent, Actor requester,
                              PriorityMatrix matrix, Instant now) {
        Ticket t = number.type().newTicket();
        t.id = UUID.randomUUID();
        t.number = number.value();
        t.title = TicketText.required("title", draft.title(), MAX_TITLE);
        t.description = TicketText.optional("description", draft.description(), MAX_DESCRIPTION);
        t.description = t.description == null ? "" : t.description;
        t.requesterId = requester.id();
        t.requesterName = requester.name();
        t.channel = CHANNELS.require(draft.channel() == null ? "api" : draft.channel());
        t.category = TicketText.optional("category", draft.category(), 60);
        t.subcategory = TicketText.optional("subcategory", draft.subcategory(), 60);
        t.affectedService = TicketText.optional("affectedService", draft.affectedService(), MAX_REFERENCE);
        t.configurationItem = TicketText.optional("configurationItem", draft.configurationItem(), MAX_REFERENCE);
        t.organisation = TicketText.optional("organisation", draft.organisation(), MAX_REFERENCE);
        t.contract = TicketText.optional("contract", draft.contract(), MAX_REFERENCE);
        t.parentId = parent == null ? null : parent.id();
        t.rating = Rating.of(draft.impact() == null ? Level.MEDIUM : draft.impact(),
                draft.urgency() == null ? Level.MEDIUM : draft.urgency(), matrix);
        t.initialise(draft, parent);
        t.status = t.lifecycle().initial();
        t.active = true;
        t.createdAt = now;
        t.updatedAt = now;
        t.raise(TicketEvent.CREATED);
        return t;
    }

    /** Type-specific set-up and checks of a new ticket (its parent among them); runs before the status is set. */
    protected abstract void initialise(TicketDraft draft, Ticket parent);

    /** Refuses a parent for types that cannot have one. */
    protected static void requireNoParent(Ticket parent) {
        if (parent != null) {
            throw TicketRuleException.invalid("ticket-parent-not-allowed", parent.number().toString());
        }
    }

    /** The lifecycle this ticket follows now. */
    public abstract Lifecycle<? extends Ticket> lifecycle();

    public abstract TicketType type();

    /** Runs this ticket's lifecycle rules for a step from {@code from}; implemented by each type with its own. */
    protected abstract void runLifecycle(String from, TransitionRequest request, TransitionContext context);

    /**
     * Moves the ticket to {@code request.to()} if its lifecycle allows that from the current status and the
     * step's rules are satisfied.
     *
     * @throws IllegalTransitionException naming the statuses that are allowed
     * @throws TicketRuleException when a rule of the step refuses it
     */
    public final void transition(TransitionRequest request, TransitionContext context) {
        String from = status;
        runLifecycle(from, request, context);
        status = request.to();
        active = lifecycle().isOpen(status);
        touch(context.now());
        raise(TicketEvent.STATUS_CHANGED);
    }

    /**
     * Applies an agent's edits; raises {@code ticket.updated} only if something actually changed.
     *
     * @throws TicketRuleException for invalid values or parts that do not apply to this type
     */
    public final void edit(TicketEdit e, PriorityMatrix matrix, Instant now) {
        requireNotFinal();
        Object[] before = {title, description, category, subcategory, affectedService, configurationItem,
                organisation, contract, rating};
        title = e.title() == null ? title : TicketText.required("title", e.title(), MAX_TITLE);
        description = e.description() == null ? description
                : java.util.Objects.requireNonNullElse(TicketText.optional("description", e.description(), MAX_DESCRIPTION), "");
        category = TicketText.edit("category", e.category(), category, 60);
        subcategory = TicketText.edit("subcategory", e.subcategory(), subcategory, 60);
        affectedService = TicketText.edit("affectedService", e.affectedService(), affectedService, MAX_REFERENCE);
        configurationItem = TicketText.edit("configurationItem", e.configurationItem(), configurationItem,
                MAX_REFERENCE);
        organisation = TicketText.edit("organisation", e.organisation(), organisation, MAX_REFERENCE);
        contract = TicketText.edit("contract", e.contract(), contract, MAX_REFERENCE);
        if (e.impact() != null || e.urgency() != null) {
            rating = Rating.of(e.impact() == null ? impact() : e.impact(), e.urgency() == null ? urgency() : e.urgency(),
                    matrix);
        }
        boolean changed = !java.util.Arrays.equals(before, new Object[]{title, description, category, subcategory,
                affectedService, configurationItem, organisation, contract, rating});
        changed |= editSpecific(e);
        if (changed) {
            touch(now);
            raise(TicketEvent.UPDATED);
        }
    }

    /** Applies the type-specific parts of an edit; refuses parts that do not apply. @return whether anything changed */
    protected abstract boolean editSpecific(TicketEdit e);

    /**
     * Assigns the ticket to a group and/or an agent of that group ({@code null}s unassign). The caller has
     * resolved the group and checked the membership, given as {@code assigneeIsMember}.
     *
     * @throws TicketRuleException when the ticket is final, or the assignee is not a member of the group
     */
    public final void assign(UUID groupId, Actor assignee, boolean assigneeIsMember, Instant now) {
        requireNotFinal();
        if (groupId != null && assignee != null && !assigneeIsMember) {
            throw TicketRuleException.invalid("assignee-not-in-group", assignee.id());
        }
        String newId = assignee == null ? null : assignee.id();
        if (java.util.Objects.equals(groupId, assignmentGroupId) && java.util.Objects.equals(newId, assigneeId)) {
            return;
        }
        assignmentGroupId = groupId;
        assigneeId = newId;
        assigneeName = assignee == null ? null : assignee.name();
        touch(now);
        raise(TicketEvent.ASSIGNED);
    }

    /** Replaces the watchers (user ids of the tenant) who follow the ticket. */
    public final void watchers(Set<String> userIds, Instant now) {
        if (userIds.size() > 50 || userIds.stream().anyMatch(u -> u == null || u.isBlank() || u.length() > 64)) {
            throw TicketRuleException.invalid("ticket-invalid-watchers");
        }
        if (!new TreeSet<>(userIds).equals(watchers)) {
            watchers.clear();
            watchers.addAll(userIds);
            touch(now);
            raise(TicketEvent.UPDATED);
        }
    }

    /** Links this ticket under a parent (a major incident) or detaches it ({@code null}). */
    protected final void parent(UUID parent, Instant now) {
        if (!java.util.Objects.equals(parent, parentId)) {
            parentId = parent;
            touch(now);
            raise(TicketEvent.UPDATED);
        }
    }

    /** Records that a comment was added (the ticket's own fields do not change). */
    public final void commented() {
        raise(TicketEvent.COMMENTED);
    }

    protected final void requireNotFinal() {
        if (lifecycle().allowedFrom(status).isEmpty()) {
            throw TicketRuleException.conflict("ticket-final", number().toString(), status);
        }
    }

    protected final void resolution(String notes, Instant at) {
        resolutionNotes = notes;
        resolvedAt = at;
    }

    protected final void touch(Instant now) {
        updatedAt = now;
    }

    protected final void raise(String event) {
        if (!raised.contains(event)) {
            raised.add(event);
        }
    }

    /** The events raised since the last call, in order; clears them. */
    public final List<String> drainEvents() {
        List<String> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    /** Whether {@code userId} may see this ticket: agents see all, end users what they requested or watch. */
    public boolean isVisibleTo(String userId, boolean agent) {
        return agent || requesterId.equals(userId) || watchers.contains(userId);
    }

    public boolean isRequestedBy(String userId) {
        return requesterId.equals(userId);
    }

    /**
     * The audited fields as texts, by API field name, for history: two snapshots differ exactly where a field
     * changed. Subclasses add theirs in {@link #describeSpecific}.
     */
    public final Map<String, String> describe() {
        return TicketSnapshot.of(this);
    }

    protected abstract void describeSpecific(Map<String, String> fields);

    public UUID id() {
        return id;
    }

    public TicketNumber number() {
        return new TicketNumber(type(), number);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String status() {
        return status;
    }

    public boolean isActive() {
        return active;
    }

    public Actor requester() {
        return new Actor(requesterId, requesterName);
    }

    public String affectedService() {
        return affectedService;
    }

    public String configurationItem() {
        return configurationItem;
    }

    public String organisation() {
        return organisation;
    }

    public String contract() {
        return contract;
    }

    public String category() {
        return category;
    }

    public String subcategory() {
        return subcategory;
    }

    public Level impact() {
        return rating.impact();
    }

    public Level urgency() {
        return rating.urgency();
    }

    public Priority priority() {
        return rating.priority();
    }

    public UUID assignmentGroupId() {
        return assignmentGroupId;
    }

    public Actor assignee() {
        return assigneeId == null ? null : new Actor(assigneeId, assigneeName);
    }

    public String channel() {
        return channel;
    }

    public UUID parentId() {
        return parentId;
    }

    public Set<String> watchers() {
        return Set.copyOf(watchers);
    }

    public String resolutionNotes() {
        return resolutionNotes;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
