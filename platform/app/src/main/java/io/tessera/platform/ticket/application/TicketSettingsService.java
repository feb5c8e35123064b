package io.tessera.platform.ticket.application;

import io.tessera.platform.ticket.domain.CategoryCatalog;
import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Priority;
import io.tessera.platform.ticket.domain.PriorityMatrix;
import io.tessera.platform.ticket.domain.TicketPolicy;
import io.tessera.platform.ticket.domain.TicketSettings;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's ticket settings: the impact × urgency → priority matrix (the ITIL default until a tenant admin
 * changes it) and the ticket policy. A new matrix applies to tickets rated from then on; existing tickets keep
 * their priority until their impact or urgency changes.
 */
@ApplicationScoped
@Transactional
public class TicketSettingsService {

    @Inject
    TicketSettings settings;

    /** One cell of the matrix, in API codes. */
    public record Cell(String impact, String urgency, String priority) {
    }

    public List<Cell> matrix() {
        return settings.priorityMatrix().cells().entrySet().stream()
                .map(e -> new Cell(e.getKey().impact().code(), e.getKey().urgency().code(), e.getValue().code()))
                .toList();
    }

    /** Replaces the matrix; all nine combinations must be given exactly once. */
    public List<Cell> replaceMatrix(List<Cell> cells) {
        Map<PriorityMatrix.Cell, Priority> parsed = new HashMap<>();
        List<ApiException.FieldViolation> problems = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            var impact = Level.fromCode(c.impact());
            var urgency = Level.fromCode(c.urgency());
            var priority = Priority.fromCode(c.priority());
            if (impact.isEmpty() || urgency.isEmpty() || priority.isEmpty()) {
                problems.add(new ApiException.FieldViolation("cells[" + i + "]", "impact and urgency must be "
                        + Level.codes() + ", priority P1..P5"));
            } else if (parsed.put(new PriorityMatrix.Cell(impact.get(), urgency.get()), priority.get()) != null) {
                problems.add(new ApiException.FieldViolation("cells[" + i + "]", "duplicate combination"));
            }
        }
        if (problems.isEmpty() && parsed.size() != 9) {
            problems.add(new ApiException.FieldViolation("cells", "all 9 combinations of impact and urgency are required"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", problems);
        }
        settings.savePriorityMatrix(PriorityMatrix.of(parsed));
        return matrix();
    }

    public TicketPolicy policy() {
        return settings.policy();
    }

    public CategoryCatalog categories() {
        return settings.categories();
    }

    /** Replaces the catalogue (empty: categories are free text). Names are trimmed; duplicates are refused. */
    public CategoryCatalog replaceCategories(Map<String, List<String>> categories) {
        List<ApiException.FieldViolation> problems = new java.util.ArrayList<>();
        Map<String, List<String>> clean = new java.util.LinkedHashMap<>();
        categories.forEach((name, subs) -> {
            String n = name == null ? "" : name.strip();
            List<String> s = (subs == null ? List.<String>of() : subs).stream()
                    .map(x -> x == null ? "" : x.strip()).toList();
            if (n.isEmpty() || n.length() > CategoryCatalog.MAX_NAME || clean.containsKey(n)
                    || s.stream().anyMatch(x -> x.isEmpty() || x.length() > CategoryCatalog.MAX_NAME)
                    || s.stream().distinct().count() != s.size()) {
                problems.add(new ApiException.FieldViolation("categories." + n, "names must be 1.."
                        + CategoryCatalog.MAX_NAME + " characters and unique"));
            }
            clean.put(n, s);
        });
        if (clean.size() > CategoryCatalog.MAX_CATEGORIES) {
            problems.add(new ApiException.FieldViolation("categories", "at most " + CategoryCatalog.MAX_CATEGORIES));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", problems);
        }
        CategoryCatalog catalog = new CategoryCatalog(clean);
        settings.saveCategories(catalog);
        return catalog;
    }

    /** Replaces the policy; a {@code null} attachment limit keeps the current one. */
    public TicketPolicy replacePolicy(int reopenWindowDays, Long maxAttachmentBytes) {
        List<ApiException.FieldViolation> problems = new java.util.ArrayList<>();
        if (reopenWindowDays < 0 || reopenWindowDays > TicketPolicy.MAX_REOPEN_WINDOW_DAYS) {
            problems.add(new ApiException.FieldViolation("reopenWindowDays", "0.." + TicketPolicy.MAX_REOPEN_WINDOW_DAYS));
        }
        if (maxAttachmentBytes != null && (maxAttachmentBytes < 1 || maxAttachmentBytes > TicketPolicy.MAX_ATTACHMENT_BYTES)) {
            problems.add(new ApiException.FieldViolation("maxAttachmentBytes", "1.." + TicketPolicy.MAX_ATTACHMENT_BYTES));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", problems);
        }
        TicketPolicy p = new TicketPolicy(reopenWindowDays,
                maxAttachmentBytes == null ? settings.policy().maxAttachmentBytes() : maxAttachmentBytes);
        settings.savePolicy(p);
        return p;
    }
}
