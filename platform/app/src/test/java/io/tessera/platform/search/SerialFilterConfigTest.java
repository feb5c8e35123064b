package io.tessera.platform.search;

import io.tessera.launcher.infra.WildFlyServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SmartChinese needs {@code jdk.serialFilter maxarray >= 1000000}; every way of starting WildFly must pass the same
 * filter, so the tests run the server as production does.
 */
class SerialFilterConfigTest {

    @Test
    void launcherArquillianAndServerConfigurationUseTheSameRaisedFilter() throws IOException {
        assertThat(WildFlyServer.SERIAL_FILTER).contains("maxarray=1000000;");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("arquillian.xml")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("-Djdk.serialFilter=" + WildFlyServer.SERIAL_FILTER + " ");
        }
        String configure = Files.readString(Path.of("../server/src/main/wildfly/configure.sh"));
        assertThat(configure).contains("s/maxarray=100000;/maxarray=1000000;/");
    }
}
