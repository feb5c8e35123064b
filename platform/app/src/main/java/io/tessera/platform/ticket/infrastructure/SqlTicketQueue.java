package io.tessera.platform.ticket.infrastructure;

import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.ticket.domain.TicketQueue;
import io.tessera.platform.ticket.domain.TicketTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ticket queue in SQL, on the session's connection (so in the tenant's schema): row-value keyset pagination
 * over (sort columns…, id), each sort backed by an index, full-text match on title and description.
 */
@ApplicationScoped
public class SqlTicketQueue implements TicketQueue {

    private static final String COLUMNS = "id, type, number, title, description, status, priority, impact, urgency, "
            + "requester_id, requester_name, assignment_group_id, assignee_id, assignee_name, channel, created_at, "
            + "updated_at, version";

    /** At most this many statuses are walked one by one. */
    static final int MAX_BRANCHES = 8;

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public Page page(Filter filter, Sort sort, String after, int limit) {
        QueueKeys keys = QueueKeys.of(sort);
        List<Object> cursor = after == null ? null : keys.decode(after);
        // several statuses: one index walk per status (status, created_at, id), merged, instead of one walk over
        // all tickets that filters out the other statuses
        List<Filter> branches = filter.statuses() != null && filter.statuses().size() > 1
                && filter.statuses().size() <= MAX_BRANCHES && sort.key().equals("created")
                ? filter.statuses().stream().map(s -> withStatus(filter, s)).toList() : List.of(filter);
        List<SqlWhere> wheres = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (Filter branch : branches) {
            SqlWhere where = SqlWhere.of(branch);
            if (cursor != null) {
                where.and("(" + String.join(", ", keys.columns()) + ") " + (sort.descending() ? "<" : ">") + " ("
                        + "?, ".repeat(cursor.size() - 1) + "?)", cursor.toArray());
            }
            wheres.add(where);
            selects.add("select " + COLUMNS + " from ticket" + where.sql() + " order by " + keys.orderBy() + " limit ?");
        }
        String sql = selects.size() == 1 ? selects.get(0)
                : "select * from ((" + String.join(") union all (", selects) + ")) q order by " + keys.orderBy()
                + " limit ?";
        List<Item> items = work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (SqlWhere where : wheres) {
                    i = where.bind(c, ps, i);
                    ps.setInt(i++, limit + 1);
                }
                if (selects.size() > 1) {
                    ps.setInt(i, limit + 1);
                }
                List<Item> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(item(rs));
                    }
                }
                return rows;
            }
        });
        boolean more = items.size() > limit;
        List<Item> page = more ? items.subList(0, limit) : items;
        return new Page(List.copyOf(page), more ? keys.encode(page.get(page.size() - 1)) : null);
    }

    private static Filter withStatus(Filter f, String status) {
        return new Filter(f.types(), List.of(status), f.open(), f.priorities(), f.groups(), f.assigneeId(),
                f.requesterId(), f.createdFrom(), f.createdTo(), f.updatedFrom(), f.updatedTo(), f.text());
    }

    @Override
    public Map<String, Long> countByStatus(Filter filter) {
        SqlWhere where = SqlWhere.of(filter);
        String sql = "select status, count(*) from ticket" + where.sql() + " group by status order by status";
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(c, ps, 1);
                Map<String, Long> counts = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return counts;
            }
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getObject(1, UUID.class), rs.getString(2),
                new TicketNumber(TicketTypes.require(rs.getString(2)), rs.getLong(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
                rs.getString(11), rs.getObject(12, UUID.class), rs.getString(13), rs.getString(14), rs.getString(15),
                SqlWhere.instant(rs, 16), SqlWhere.instant(rs, 17), rs.getLong(18));
    }
}
