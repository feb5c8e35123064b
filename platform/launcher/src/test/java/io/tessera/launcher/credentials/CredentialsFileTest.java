package io.tessera.launcher.credentials;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsFileTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileReadsAsEmpty() throws IOException {
        assertThat(new CredentialsFile(dir.resolve("credentials.json")).read()).isEmpty();
    }

    @Test
    void writtenDocumentsReadBackAndOnlyTheOwnerMayReadThem() throws IOException {
        CredentialsFile file = new CredentialsFile(dir.resolve("home/credentials.json"));
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("portalUrl", "http://localhost:8080/");

        file.write(doc);
        file.write(doc.put("apiUrl", "http://localhost:8080/api"));

        assertThat(file.read()).contains(doc);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(dir.resolve("home")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aDamagedFileIsReportedNotOverwritten() throws IOException {
        Path path = dir.resolve("credentials.json");
        Files.writeString(path, "{\"operator\": ");

        assertThatThrownBy(() -> new CredentialsFile(path).read())
                .isInstanceOf(IOException.class).hasMessageContaining("credentials.json is not valid JSON");
        assertThat(path).hasContent("{\"operator\": ");
    }
}
