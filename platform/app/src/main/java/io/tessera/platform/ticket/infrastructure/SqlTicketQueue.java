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

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public Page page(Filter filter, Sort sort, String after, int limit) {
        QueueKeys keys = QueueKeys.of(sort);
        SqlWhere where = SqlWhere.of(filter);
        List<Object> cursor = after == null ? null : keys.decode(after);
        if (cursor != null) {
            where.and("(" + String.join(", ", keys.columns()) + ") " + (sort.descending() ? "<" : ">") + " ("
                    + "?, ".repeat(cursor.size() - 1) + "?)", cursor.toArray());
        }
        String sql = "select " + COLUMNS + " from ticket" + where.sql() + " order by " + keys.orderBy() + " limit ?";
        List<Item> items = work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = where.bind(c, ps);
                ps.setInt(i, limit + 1);
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

    @Override
    public Map<String, Long> countByStatus(Filter filter) {
        SqlWhere where = SqlWhere.of(filter);
        String sql = "select status, count(*) from ticket" + where.sql() + " group by status order by status";
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(c, ps);
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
