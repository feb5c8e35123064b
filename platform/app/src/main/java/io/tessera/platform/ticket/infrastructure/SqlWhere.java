package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketQueue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The where clause of a queue query, built from a filter, with its parameters bound in order. */
final class SqlWhere {

    private record SqlArray(String type, Object[] values) {
    }

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    static SqlWhere of(TicketQueue.Filter f) {
        SqlWhere w = new SqlWhere();
        w.in("type", "text", f.types());
        w.in("status", "text", f.statuses());
        if (f.open() != null) {
            w.and("active = ?", f.open());
        }
        w.in("priority", "int4", f.priorities());
        w.in("assignment_group_id", "uuid", f.groups());
        if (f.assigneeId() != null) {
            w.and("assignee_id = ?", f.assigneeId());
        }
        if (f.requesterId() != null) {
            w.and("requester_id = ?", f.requesterId());
        }
        range(w, "created_at", f.createdFrom(), f.createdTo());
        range(w, "updated_at", f.updatedFrom(), f.updatedTo());
        if (f.text() != null) {
            var number = TicketNumber.parse(f.text());
            if (number.isPresent()) {
                w.and("type = ? and number = ?", number.get().type().code(), number.get().value());
            } else {
                w.and("search @@ to_tsquery('simple', ?)", prefixQuery(f.text()));
            }
        }
        return w;
    }

    /**
     * Every word of the text must start a word of title or description ({@code printer} finds "Printers"); words
     * shorter than three characters must match whole words (a prefix that short matches too much to be useful or
     * fast). Only letters and digits reach the tsquery, so its syntax cannot be injected.
     */
    static String prefixQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < 10) {
                terms.add(word.codePointCount(0, word.length()) < 3 ? word : word + ":*");
            }
        }
        return terms.isEmpty() ? "''" : String.join(" & ", terms);
    }

    private static void range(SqlWhere w, String column, Instant from, Instant to) {
        if (from != null) {
            w.and(column + " >= ?", from);
        }
        if (to != null) {
            w.and(column + " < ?", to);
        }
    }

    /**
     * {@code column} is one of {@code values}: plain equality for one value, so the planner can walk the index
     * that starts with the column in sort order.
     */
    private void in(String column, String sqlType, List<?> values) {
        if (values == null) {
            return;
        }
        if (values.size() == 1) {
            and(column + " = ?", values.get(0));
        } else {
            and(column + " = any(?)", new SqlArray(sqlType, values.toArray()));
        }
    }

    void and(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
    }

    String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Binds the parameters from index {@code from}; returns the next free index. */
    int bind(Connection c, PreparedStatement ps, int from) throws SQLException {
        int i = from;
        for (Object p : params) {
            if (p instanceof SqlArray a) {
                ps.setArray(i++, c.createArrayOf(a.type(), a.values()));
            } else if (p instanceof Instant instant) {
                ps.setObject(i++, instant.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
