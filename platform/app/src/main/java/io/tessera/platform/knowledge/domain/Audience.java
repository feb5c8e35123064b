package io.tessera.platform.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may read an article: everyone of the tenant (end users included), agents only, or the agents who are members
 * of named assignment groups (held by id; tenant admins see them too, so no article is lost to everyone). End
 * users never see a group-restricted article; other agents neither.
 */
public record Audience(Kind kind, Set<String> groups) {

    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,79}");
    public static final String EVERYONE_KEY = "everyone";
    public static final String AGENTS_KEY = "agents";
    public static final String GROUP_KEY_PREFIX = "group:";

    public enum Kind implements Codes.Coded {
        EVERYONE("everyone"), AGENTS("agents"), GROUPS("groups");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public Audience {
        TreeSet<String> clean = new TreeSet<>();
        for (String g : groups == null ? Set.<String>of() : groups) {
            String s = g == null ? "" : g.strip().toLowerCase(Locale.ROOT);
            if (!GROUP.matcher(s).matches()) {
                throw new ArticleRuleViolation("invalid-audience-group", g);
            }
            clean.add(s);
        }
        if (kind == Kind.GROUPS && (clean.isEmpty() || clean.size() > 20)) {
            throw new ArticleRuleViolation("audience-groups-required");
        }
        groups = kind == Kind.GROUPS ? Set.copyOf(clean) : Set.of();
    }

    public static Audience everyone() {
        return new Audience(Kind.EVERYONE, Set.of());
    }

    public static Audience agents() {
        return new Audience(Kind.AGENTS, Set.of());
    }

    public boolean admits(Reader reader) {
        return switch (kind) {
            case EVERYONE -> true;
            case AGENTS -> reader.agent();
            case GROUPS -> reader.admin() || (reader.agent() && reader.groups().stream().anyMatch(groups::contains));
        };
    }

    /** The keys this audience is indexed under; a reader's {@link Reader#audienceKeys()} must meet one. */
    public List<String> keys() {
        return switch (kind) {
            case EVERYONE -> List.of(EVERYONE_KEY);
            case AGENTS -> List.of(AGENTS_KEY);
            case GROUPS -> groups.stream().sorted().map(g -> GROUP_KEY_PREFIX + g).toList();
        };
    }

    /**
     * Someone reading the knowledge base: an end user, an agent with the assignment groups (ids) they are a member
     * of, or a tenant admin (sees every article of the tenant).
     */
    public record Reader(String id, boolean agent, boolean admin, Set<String> groups) {

        public Reader {
            Set<String> lower = new TreeSet<>();
            for (String g : groups == null || !agent ? Set.<String>of() : groups) {
                if (g != null && !g.isBlank()) {
                    lower.add(g.strip().toLowerCase(Locale.ROOT));
                }
            }
            groups = Set.copyOf(lower);
            agent = agent || admin;
        }

        /** Whether the reader is not filtered by audience at all. */
        public boolean unrestricted() {
            return admin;
        }

        /** Index keys of the audiences this reader belongs to (meaningless when {@link #unrestricted()}). */
        public List<String> audienceKeys() {
            List<String> keys = new ArrayList<>();
            keys.add(EVERYONE_KEY);
            if (agent) {
                keys.add(AGENTS_KEY);
            }
            groups.stream().sorted().forEach(g -> keys.add(GROUP_KEY_PREFIX + g));
            return keys;
        }
    }
}
