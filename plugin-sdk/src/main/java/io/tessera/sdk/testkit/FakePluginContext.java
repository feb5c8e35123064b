package io.tessera.sdk.testkit;

import io.tessera.sdk.PluginContext;
import io.tessera.sdk.PluginSettings;
import java.net.http.HttpClient;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link PluginContext} for unit tests: a fixed tenant, settings from a map, a logger that collects what the
 * plugin logs, and a real {@link HttpClient} so a plugin can talk to a local test server.
 *
 * <pre>{@code
 * FakePluginContext context = FakePluginContext.builder()
 *         .tenantId("acme")
 *         .setting("url", "http://localhost:" + port + "/hook")
 *         .build();
 * listener.onTicketEvent(SampleEvents.ticketCreated("acme"), context);
 * assertThat(context.logLines()).noneMatch(line -> line.contains("the-secret"));
 * }</pre>
 *
 * <p>Instances are thread-safe, so a test may also drive a plugin from several threads.
 *
 * @since 0.1
 */
public final class FakePluginContext implements PluginContext {

    private final String tenantId;
    private final MapSettings settings;
    private final HttpClient httpClient;
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final System.Logger logger;

    private FakePluginContext(Builder builder) {
        this.tenantId = builder.tenantId;
        this.settings = new MapSettings(Map.copyOf(builder.settings));
        this.httpClient = builder.httpClient != null
                ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.logger = new CollectingLogger("tessera.plugin." + tenantId, logLines);
    }

    /**
     * Starts building a context.
     *
     * @return a new builder; {@link Builder#tenantId(String)} must be called before {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public HttpClient httpClient() {
        return httpClient;
    }

    /**
     * What the plugin logged through {@link #logger()} so far, oldest first, one entry per call, formatted as
     * {@code "<LEVEL> <message>"}; a logged throwable is appended as {@code " [<throwable>]"}. Message parameters are
     * applied with {@link MessageFormat}, as {@link System.Logger} specifies.
     *
     * @return an immutable snapshot
     */
    public List<String> logLines() {
        return List.copyOf(logLines);
    }

    @Override
    public String toString() {
        return "FakePluginContext[tenantId=" + tenantId + ", settings=" + settings + "]";
    }

    /** Builds a {@link FakePluginContext}. Not thread-safe. */
    public static final class Builder {

        private String tenantId;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private HttpClient httpClient;

        private Builder() {
        }

        /**
         * Sets the tenant the context is for (required).
         *
         * @param tenantId a non-blank tenant id
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            Objects.requireNonNull(tenantId, "tenantId");
            if (tenantId.isBlank()) {
                throw new IllegalArgumentException("tenantId must not be blank");
            }
            this.tenantId = tenantId;
            return this;
        }

        /**
         * Adds or replaces one setting.
         *
         * @param key   the setting key
         * @param value the value
         * @return this builder
         */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds or replaces all given settings.
         *
         * @param values settings by key; neither keys nor values may be {@code null}
         * @return this builder
         */
        public Builder settings(Map<String, String> values) {
            Objects.requireNonNull(values, "values").forEach(this::setting);
            return this;
        }

        /**
         * Uses the given HTTP client instead of a new default one (10 s connect timeout).
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context
         * @throws IllegalStateException if no tenant id was set
         */
        public FakePluginContext build() {
            if (tenantId == null) {
                throw new IllegalStateException("FakePluginContext needs a tenantId");
            }
            return new FakePluginContext(this);
        }
    }

    /** Settings backed by an immutable map; never prints values, which may be secrets. */
    private record MapSettings(Map<String, String> values) implements PluginSettings {

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
        }

        @Override
        public String toString() {
            return "settings" + values.keySet();
        }
    }

    /** A logger that appends every record to a list. */
    private record CollectingLogger(String name, List<String> lines) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                lines.add(level.getName() + " " + msg + (thrown == null ? "" : " [" + thrown + "]"));
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String msg = params == null || params.length == 0 ? format : MessageFormat.format(format, params);
                lines.add(level.getName() + " " + msg);
            }
        }
    }
}
