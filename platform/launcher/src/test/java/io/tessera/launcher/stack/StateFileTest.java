package io.tessera.launcher.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void theStateIsOneLineEvenWhenAReasonSpansSeveral() {
        StateFile state = new StateFile(dir.resolve("home/state"));
        assertThat(state.read()).isEmpty();

        state.write(StateFile.FAILED + "port 8080 is already in use\nport 8180 is already in use");

        assertThat(state.read()).contains("failed: port 8080 is already in use port 8180 is already in use");
        assertThat(StateFile.isFailed(state.read().orElseThrow())).isTrue();
        state.write(StateFile.READY);
        assertThat(state.read()).contains("ready");
        assertThat(dir.resolve("home/state")).hasContent("ready\n");
    }
}
