package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Knowledge;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.tessera.platform.KnowledgeIT.assertProblem;
import static io.tessera.platform.it.Knowledge.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Files on knowledge articles: byte-exact round trip, the upload rules, and who may read them. */
class KnowledgeAttachmentIT extends ApiTestBase {

    @Test
    void agentsAttachFilesThatReadersOfTheArticleDownloadByteForByte() throws Exception {
        Tenants.TestTenant t = tenants.newTenant("kba");
        String ann = tenants.user(t, "ann", "agent");
        String rob = tenants.user(t, "rob", "agent");
        String eve = tenants.user(t, "eve", "end-user");
        Knowledge kb = new Knowledge(api, t.slug());
        String open = kb.publish(ann, rob, article("Printer driver install", "See the PDF", "en", List.of()));
        Map<String, Object> internal = article("Printer service manual", "agents only", "en", List.of());
        internal.put("audience", Map.of("kind", "agents"));
        String agentsOnly = kb.publish(ann, rob, internal);

        byte[] pdf = new byte[300_000];
        new Random(7).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        String path = kb.base() + "/articles/" + open + "/attachments";
        Api.Reply up = api.postRaw(path + "?filename=" + Knowledge.enc("../../安装 指南.pdf"), ann, "application/pdf", pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        JsonNode a = up.json();
        assertThat(a.get("filename").asText()).isEqualTo("安装 指南.pdf");
        assertThat(a.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(a.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        String id = a.get("id").asText();

        // the end user may read the article, so its files: exact bytes, as a download, never sniffed
        Api.Bytes down = api.getBytes(path + "/" + id, eve);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(pdf);
        assertThat(down.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(down.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.get(path, eve).json()).extracting(x -> x.get("id").asText()).containsExactly(id);

        // end users do not upload; the rules of ticket attachments apply
        assertThat(api.postRaw(path + "?filename=x.pdf", eve, "application/pdf", pdf).status()).isEqualTo(403);
        assertProblem(api.postRaw(path + "?filename=x.html", ann, "text/html", "<script>".getBytes()), 415,
                "attachment-type-not-accepted");
        assertProblem(api.postRaw(path + "?filename=x.pdf", ann, "application/pdf", "MZ\u0090\u0000".getBytes()), 415,
                "attachment-content-mismatch");
        assertProblem(api.postRaw(path + "?filename=big.txt", ann, "text/plain", new byte[10 * 1024 * 1024 + 1]), 413,
                "attachment-too-large");
        assertThat(api.get(path, ann).json()).hasSize(1);

        // an article the reader may not read: neither it nor its files exist for them
        String hidden = kb.base() + "/articles/" + agentsOnly + "/attachments";
        Api.Reply png = api.postRaw(hidden + "?filename=panel.png", ann, "image/png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        String pngId = png.json().get("id").asText();
        assertThat(api.getBytes(hidden + "/" + pngId, rob).status()).isEqualTo(200);
        assertThat(api.getBytes(hidden + "/" + pngId, eve).status()).isEqualTo(404);
        assertThat(api.get(hidden, eve).status()).isEqualTo(404);
        // an attachment is only found under its own article
        assertProblem(api.get(path + "/" + pngId, ann), 404, "article-attachment-not-found");
        assertProblem(api.get(path + "/not-a-uuid", ann), 404, "article-attachment-not-found");

        // agents remove files (end users cannot); a file is only removed under its own article
        assertThat(api.delete(path + "/" + id, eve).status()).isEqualTo(403);
        assertProblem(api.delete(path + "/" + pngId, ann), 404, "article-attachment-not-found");
        assertThat(api.getBytes(hidden + "/" + pngId, rob).status()).isEqualTo(200);
        assertThat(api.delete(path + "/" + id, rob).status()).isEqualTo(204);
        assertThat(api.get(path, ann).json()).isEmpty();
        assertProblem(api.get(path + "/" + id, ann), 404, "article-attachment-not-found");
        assertProblem(api.delete(path + "/" + id, ann), 404, "article-attachment-not-found");
        assertThat(api.get(hidden, ann).json()).extracting(x -> x.get("id").asText()).containsExactly(pngId);
    }

    @Test
    void anotherTenantNeverReachesTheFiles() {
        Tenants.TestTenant a = tenants.newTenant("kba");
        Tenants.TestTenant b = tenants.newTenant("kbb");
        String annA = tenants.user(a, "ann", "agent");
        String robA = tenants.user(a, "rob", "agent");
        String annB = tenants.user(b, "ann", "agent");
        String robB = tenants.user(b, "rob", "agent");
        Knowledge kbA = new Knowledge(api, a.slug());
        Knowledge kbB = new Knowledge(api, b.slug());
        String nA = kbA.publish(annA, robA, article("VPN profile", "import the file", "en", List.of()));
        // same article number in the other tenant (numbers are per tenant)
        String nB = kbB.publish(annB, robB, article("VPN profile", "import the file", "en", List.of()));
        assertThat(nB).isEqualTo(nA);
        String pathA = kbA.base() + "/articles/" + nA + "/attachments";
        Api.Reply up = api.postRaw(pathA + "?filename=vpn.txt", annA, "text/plain", "remote vpn.a.example".getBytes());
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String id = up.json().get("id").asText();

        // B's agent asks for A's attachment under B's own article of the same number: 404, no bytes
        String pathB = kbB.base() + "/articles/" + nB + "/attachments";
        assertProblem(api.get(pathB + "/" + id, annB), 404, "article-attachment-not-found");
        assertThat(api.get(pathB, annB).json()).isEmpty();
        // and a token of B on A's URLs is refused
        assertThat(api.getBytes(pathA + "/" + id, annB).status()).isEqualTo(401);
        // nor can B remove it, under either URL
        assertProblem(api.delete(pathB + "/" + id, annB), 404, "article-attachment-not-found");
        assertThat(api.delete(pathA + "/" + id, annB).status()).isEqualTo(401);
        assertThat(api.getBytes(pathA + "/" + id, annA).body()).isEqualTo("remote vpn.a.example".getBytes());
    }
}
