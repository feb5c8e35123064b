package io.tessera.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakePluginContextTest {

    @Test
    void exposesTenantAndSettings() {
        FakePluginContext context = FakePluginContext.builder()
                .tenantId("acme")
                .settings(Map.of("url", "https://example.com/hook", "secret", "s3cr3t"))
                .setting("url", "https://example.com/other")
                .build();

        assertThat(context.tenantId()).isEqualTo("acme");
        assertThat(context.settings().get("url")).contains("https://example.com/other");
        assertThat(context.settings().require("secret")).isEqualTo("s3cr3t");
        assertThat(context.settings().get("missing")).isEmpty();
    }

    @Test
    void missingRequiredSettingFailsLikeOnThePlatform() {
        FakePluginContext context = FakePluginContext.builder().tenantId("acme").build();

        assertThatIllegalStateException().isThrownBy(() -> context.settings().require("url"))
                .withMessageContaining("'url'");
    }

    @Test
    void needsATenant() {
        assertThatIllegalStateException().isThrownBy(() -> FakePluginContext.builder().build());
    }

    @Test
    void collectsLogLinesInOrderWithLevelsParametersAndThrowables() {
        FakePluginContext context = FakePluginContext.builder().tenantId("acme").build();
        System.Logger logger = context.logger();

        logger.log(Level.DEBUG, "starting");
        logger.log(Level.INFO, "delivered {0} to {1}", "ticket.created", "https://example.com");
        logger.log(Level.WARNING, "failed", new IOException("connection refused"));

        assertThat(context.logLines()).containsExactly(
                "DEBUG starting",
                "INFO delivered ticket.created to https://example.com",
                "WARNING failed [java.io.IOException: connection refused]");
    }

    @Test
    void toStringDoesNotRevealSettingValues() {
        FakePluginContext context = FakePluginContext.builder()
                .tenantId("acme").setting("secret", "s3cr3t").build();

        assertThat(context.toString()).contains("secret").doesNotContain("s3cr3t");
        assertThat(context.settings().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void providesARealHttpClientOrTheGivenOne() {
        HttpClient own = HttpClient.newHttpClient();

        assertThat(FakePluginContext.builder().tenantId("acme").build().httpClient()).isNotNull();
        assertThat(FakePluginContext.builder().tenantId("acme").httpClient(own).build().httpClient()).isSameAs(own);
    }

    @Test
    void sampleEventsBelongToTheGivenTenantAndHaveFreshIds() {
        assertThat(SampleEvents.ticketCreated("acme").tenantId()).isEqualTo("acme");
        assertThat(SampleEvents.ticketCreated("acme").id()).isNotEqualTo(SampleEvents.ticketCreated("acme").id());
    }
}
