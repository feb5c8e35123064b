package io.tessera.platform.ticket.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of one kind of ticket: its statuses (stable codes, persisted as they are), where each may go,
 * which ones mean the work is done, and the rules that run when a ticket enters or leaves a status or takes one
 * particular step. Rules validate before they change anything, so a refused transition leaves the ticket as it
 * was. Lifecycles are immutable and registered by code in {@link Lifecycles}.
 *
 * @param <T> the kind of ticket whose rules this lifecycle runs
 */
public final class Lifecycle<T extends Ticket> {

    /** A rule run on a transition; throws {@link TicketRuleException} to refuse it. */
    @FunctionalInterface
    public interface Rule<T> {
        void apply(T ticket, TransitionRequest request, TransitionContext context);
    }

    private final String code;
    private final String initial;
    private final Map<String, List<String>> next;
    private final Set<String> done;
    private final Map<String, Rule<? super T>> onEnter;
    private final Map<String, Rule<? super T>> onLeave;
    private final Map<String, Rule<? super T>> onStep;

    private Lifecycle(Builder<T> b) {
        this.code = b.code;
        this.initial = b.initial;
        Map<String, List<String>> n = new LinkedHashMap<>();
        b.next.forEach((from, to) -> n.put(from, List.copyOf(to)));
        this.next = Collections.unmodifiableMap(n);
        this.done = Set.copyOf(b.done);
        this.onEnter = Map.copyOf(b.onEnter);
        this.onLeave = Map.copyOf(b.onLeave);
        this.onStep = Map.copyOf(b.onStep);
    }

    public static <T extends Ticket> Builder<T> builder(String code, String initial) {
        return new Builder<>(code, initial);
    }

    public String code() {
        return code;
    }

    public String initial() {
        return initial;
    }

    /** Every status, in the order they were declared. */
    public List<String> statuses() {
        return List.copyOf(next.keySet());
    }

    /** The statuses a ticket in {@code status} may move to (empty for final statuses and unknown codes). */
    public List<String> allowedFrom(String status) {
        return next.getOrDefault(status, List.of());
    }

    /** Whether a ticket in {@code status} is still work to do (it shows in "my work" queues). */
    public boolean isOpen(String status) {
        return !done.contains(status);
    }

    public List<String> doneStatuses() {
        return statuses().stream().filter(done::contains).toList();
    }

    /**
     * Runs the rules of moving {@code ticket} from {@code from} to {@code request.to()}: the step's, the entered
     * status's, then the left status's (which only clean up and must not refuse).
     *
     * @throws IllegalTransitionException when the lifecycle has no such step
     * @throws TicketRuleException when a rule refuses it
     */
    void run(T ticket, String from, TransitionRequest request, TransitionContext context) {
        String to = request.to();
        if (!allowedFrom(from).contains(to)) {
            throw new IllegalTransitionException(code, from, to, allowedFrom(from));
        }
        apply(onStep.get(from + ">" + to), ticket, request, context);
        apply(onEnter.get(to), ticket, request, context);
        apply(onLeave.get(from), ticket, request, context);
    }

    private void apply(Rule<? super T> rule, T ticket, TransitionRequest request, TransitionContext context) {
        if (rule != null) {
            rule.apply(ticket, request, context);
        }
    }

    /** Declares a lifecycle; every status a transition names must be declared with {@link #from}. */
    public static final class Builder<T extends Ticket> {
        private final String code;
        private final String initial;
        private final Map<String, List<String>> next = new LinkedHashMap<>();
        private final Set<String> done = new LinkedHashSet<>();
        private final Map<String, Rule<? super T>> onEnter = new LinkedHashMap<>();
        private final Map<String, Rule<? super T>> onLeave = new LinkedHashMap<>();
        private final Map<String, Rule<? super T>> onStep = new LinkedHashMap<>();

        private Builder(String code, String initial) {
            this.code = code;
            this.initial = initial;
        }

        /** {@code status} may move to each of {@code targets} (none: a final status). */
        public Builder<T> from(String status, String... targets) {
            if (next.containsKey(status)) {
                throw new IllegalStateException(code + ": status " + status + " declared twice");
            }
            next.put(status, new ArrayList<>(List.of(targets)));
            return this;
        }

        /** These statuses mean the work is done (resolved, closed, cancelled and the like). */
        public Builder<T> done(String... statuses) {
            done.addAll(List.of(statuses));
            return this;
        }

        public Builder<T> onEnter(String status, Rule<? super T> rule) {
            onEnter.put(status, rule);
            return this;
        }

        /** A clean-up when a ticket leaves {@code status}; runs last and must not refuse. */
        public Builder<T> onLeave(String status, Rule<? super T> rule) {
            onLeave.put(status, rule);
            return this;
        }

        /** A rule for one particular step, e.g. reopening (resolved → in progress). */
        public Builder<T> onStep(String from, String to, Rule<? super T> rule) {
            onStep.put(from + ">" + to, rule);
            return this;
        }

        public Lifecycle<T> build() {
            if (!next.containsKey(initial)) {
                throw new IllegalStateException(code + ": initial status " + initial + " not declared");
            }
            Set<String> named = new LinkedHashSet<>(done);
            next.values().forEach(named::addAll);
            onEnter.keySet().forEach(named::add);
            onLeave.keySet().forEach(named::add);
            onStep.keySet().forEach(k -> named.addAll(List.of(k.split(">"))));
            named.removeAll(next.keySet());
            if (!named.isEmpty()) {
                throw new IllegalStateException(code + ": undeclared statuses " + named);
            }
            return new Lifecycle<>(this);
        }
    }
}
