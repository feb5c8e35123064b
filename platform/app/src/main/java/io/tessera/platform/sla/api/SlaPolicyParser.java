package io.tessera.platform.sla.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.sla.api.SlaDtos.EscalationInput;
import io.tessera.platform.sla.api.SlaDtos.PolicyInput;
import io.tessera.platform.sla.api.SlaDtos.TargetInput;
import io.tessera.platform.sla.calendar.BusinessTimeRange;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.ticket.domain.TicketType;
import io.tessera.platform.ticket.domain.TicketTypes;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a policy body into a {@link SlaPolicy.Definition}, collecting every problem with its field; a 400 with all
 * of them if there is any, so nothing is stored from bad input.
 */
final class SlaPolicyParser {

    static final Set<String> ACTIONS = Set.of("notify", "reassign", "raise_priority");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern STATUS = Pattern.compile("[a-z][a-z_]{0,29}(:[a-z][a-z_]{0,29})?");
    private static final Pattern PRIORITY = Pattern.compile("P[1-5]");

    private final Locale locale;
    private final List<ApiException.FieldViolation> problems = new ArrayList<>();

    SlaPolicyParser(Locale locale) {
        this.locale = locale;
    }

    SlaPolicy.Definition parse(PolicyInput in) {
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            problem("name", "required");
        } else if (name.length() > SlaPolicy.MAX_NAME) {
            problem("name", "too-long", SlaPolicy.MAX_NAME);
        }
        int position = in.position() == null ? 100 : in.position();
        if (position < 0 || position > 100_000) {
            problem("position", "position-out-of-range");
        }
        UUID calendar = null;
        if (in.calendarId() == null) {
            problem("calendarId", "required");
        } else {
            calendar = uuid(in.calendarId(), "calendarId");
        }
        List<String> types = new ArrayList<>();
        List<String> services = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        List<String> contracts = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        List<UUID> groups = new ArrayList<>();
        if (in.conditions() != null) {
            each(in.conditions().groups(), "conditions.groups", (v, f) -> {
                UUID g = uuid(v, f);
                if (g != null) {
                    groups.add(g);
                }
            });
            List<String> known = TicketTypes.all().stream().map(TicketType::code).toList();
            each(in.conditions().types(), "conditions.types", (v, f) -> {
                if (known.contains(v)) {
                    types.add(v);
                } else {
                    problem(f, "unknown-type", known.toString());
                }
            });
            each(in.conditions().services(), "conditions.services", (v, f) -> {
                if (v.isBlank() || v.length() > 200 || v.contains(",")) {
                    problem(f, "invalid-service");
                } else {
                    services.add(v.strip());
                }
            });
            each(in.conditions().organisations(), "conditions.organisations", (v, f) -> {
                if (!reference(v)) {
                    problem(f, "invalid-organisation");
                } else {
                    organisations.add(v.strip());
                }
            });
            each(in.conditions().contracts(), "conditions.contracts", (v, f) -> {
                if (!reference(v)) {
                    problem(f, "invalid-contract");
                } else {
                    contracts.add(v.strip());
                }
            });
            each(in.conditions().priorities(), "conditions.priorities", (v, f) -> {
                Integer p = priority(v, f);
                if (p != null) {
                    priorities.add(p);
                }
            });
        }
        List<String> pauses = new ArrayList<>();
        each(in.pauseStatuses(), "pauseStatuses", (v, f) -> {
            if (STATUS.matcher(v).matches()) {
                pauses.add(v);
            } else {
                problem(f, "invalid-status");
            }
        });
        List<SlaPolicy.Target> targets = targets(in.targets());
        List<SlaPolicy.Escalation> escalations = escalations(in.escalations());
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", List.copyOf(problems));
        }
        return new SlaPolicy.Definition(name, position, calendar, types, services, organisations, contracts,
                priorities, groups, pauses, targets, escalations);
    }

    private List<SlaPolicy.Target> targets(List<TargetInput> in) {
        List<SlaPolicy.Target> targets = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            problem("targets", "required");
            return targets;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "targets[" + i + "]";
            TargetInput t = in.get(i);
            if (t == null) {
                problem(f, "required");
                continue;
            }
            boolean ok = true;
            if (t.metric() == null || !METRIC.matcher(t.metric()).matches()) {
                problem(f + ".metric", "invalid-metric");
                ok = false;
            }
            Integer priority = t.priority() == null ? null : priority(t.priority(), f + ".priority");
            if (t.priority() == null) {
                problem(f + ".priority", "required");
            }
            Duration target = target(t.target(), f + ".target");
            if (ok && priority != null && target != null) {
                if (!seen.add(t.metric() + "/" + priority)) {
                    problem(f, "duplicate-target");
                } else {
                    targets.add(new SlaPolicy.Target(t.metric(), priority.shortValue(), target.toMillis()));
                }
            }
        }
        return targets;
    }

    private List<SlaPolicy.Escalation> escalations(List<EscalationInput> in) {
        List<SlaPolicy.Escalation> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "escalations[" + i + "]";
            EscalationInput e = in.get(i);
            if (e == null) {
                problem(f, "required");
                continue;
            }
            boolean ok = true;
            if (e.percent() == null || e.percent() < 1 || e.percent() > 100) {
                problem(f + ".percent", "percent-out-of-range");
                ok = false;
            }
            if (e.action() == null || !ACTIONS.contains(e.action())) {
                problem(f + ".action", "unknown-action", String.join(", ", new java.util.TreeSet<>(ACTIONS)));
                ok = false;
            }
            UUID group = null;
            if ("reassign".equals(e.action())) {
                if (e.group() == null) {
                    problem(f + ".group", "required");
                    ok = false;
                } else {
                    group = uuid(e.group(), f + ".group");
                    ok &= group != null;
                }
            } else if (e.group() != null) {
                problem(f + ".group", "group-only-for-reassign");
                ok = false;
            }
            if (ok && !seen.add(e.percent() + "/" + e.action())) {
                problem(f, "duplicate-escalation");
            } else if (ok) {
                out.add(new SlaPolicy.Escalation(e.percent().shortValue(), e.action(), group));
            }
        }
        return out;
    }

    /** Minutes as a JSON number (whole milliseconds), or an ISO-8601 duration; zero up to the library's maximum. */
    private Duration target(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problem(field, "required");
            return null;
        }
        Duration d = null;
        if (node.isNumber()) {
            BigDecimal millis = new BigDecimal(node.asText()).multiply(BigDecimal.valueOf(60_000));
            if (millis.stripTrailingZeros().scale() <= 0 && millis.signum() >= 0
                    && millis.compareTo(BigDecimal.valueOf(BusinessTimeRange.MAX_TARGET.toMillis())) <= 0) {
                d = Duration.ofMillis(millis.longValueExact());
            }
        } else if (node.isTextual()) {
            try {
                d = Duration.parse(node.asText().strip());
            } catch (DateTimeException | ArithmeticException e) {
                d = null;
            }
        }
        if (d == null || d.isNegative() || d.compareTo(BusinessTimeRange.MAX_TARGET) > 0
                || d.toNanos() % 1_000_000 != 0) {
            problem(field, "invalid-target");
            return null;
        }
        return d;
    }

    /** A free reference a condition can name: 1 to 200 characters after trimming, no commas (the stored separator). */
    private static boolean reference(String v) {
        String s = v.strip();
        return !s.isEmpty() && s.length() <= 200 && !s.contains(",");
    }

    private Integer priority(String v, String field) {
        if (v == null || !PRIORITY.matcher(v.strip()).matches()) {
            problem(field, "invalid-priority");
            return null;
        }
        return Integer.parseInt(v.strip().substring(1));
    }

    private UUID uuid(String v, String field) {
        try {
            return UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            problem(field, "invalid-id");
            return null;
        }
    }

    private void each(List<String> values, String field, java.util.function.BiConsumer<String, String> check) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String f = field + "[" + i + "]";
            if (values.get(i) == null) {
                problem(f, "required");
            } else {
                check.accept(values.get(i), f);
            }
        }
    }

    private void problem(String field, String code, Object... args) {
        problems.add(new ApiException.FieldViolation(field, ProblemFactory.message(locale, "tessera.sla." + code, args)));
    }
}
