package io.tessera.platform.attachment.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTest {

    @Test
    void filenamesKeepOnlyASafeLastSegment() {
        assertThat(AttachmentRules.sanitizeFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentRules.sanitizeFilename("..\\..\\windows\\system32\\boot.ini")).isEqualTo("boot.ini");
        assertThat(AttachmentRules.sanitizeFilename("C:\\Users\\dana\\report 2026.pdf")).isEqualTo("report 2026.pdf");
        assertThat(AttachmentRules.sanitizeFilename("..")).isEqualTo("attachment");
        assertThat(AttachmentRules.sanitizeFilename("/")).isEqualTo("attachment");
        assertThat(AttachmentRules.sanitizeFilename(null)).isEqualTo("attachment");
        assertThat(AttachmentRules.sanitizeFilename(".htaccess")).isEqualTo("htaccess");
        assertThat(AttachmentRules.sanitizeFilename("a\u0000b\nc\u202Egnp.exe")).isEqualTo("a_b_c_gnp.exe");
        assertThat(AttachmentRules.sanitizeFilename("what?<is>\"this\"|*.txt")).isEqualTo("what__is__this___.txt");
        assertThat(AttachmentRules.sanitizeFilename("  网络   日志 .log  ")).isEqualTo("网络 日志 .log");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(AttachmentRules.sanitizeFilename(longName)).hasSize(AttachmentRules.MAX_FILENAME).endsWith(".pdf");
    }

    @Test
    void typesAreAcceptedFromAShortListAndMustMatchTheirSignature() {
        assertThat(AttachmentRules.acceptedType("image/PNG; charset=binary")).contains("image/png");
        assertThat(AttachmentRules.acceptedType("text/html")).isEmpty();
        assertThat(AttachmentRules.acceptedType("image/svg+xml")).isEmpty();
        assertThat(AttachmentRules.acceptedType(null)).isEmpty();
        assertThat(AttachmentRules.contentMatches("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10})).isTrue();
        assertThat(AttachmentRules.contentMatches("image/png", "GIF89a".getBytes())).isFalse();
        assertThat(AttachmentRules.contentMatches("application/pdf", "%PDF-1.7".getBytes())).isTrue();
        assertThat(AttachmentRules.contentMatches("text/plain", "hello".getBytes())).isTrue();
        assertThat(AttachmentRules.contentMatches("text/plain", "MZ\u0090\u0000".getBytes())).isFalse();
        assertThat(AttachmentRules.contentMatches("application/octet-stream", new byte[]{0x7F, 'E', 'L', 'F'})).isFalse();
        assertThat(AttachmentRules.contentMatches("text/plain", "#!/bin/sh".getBytes())).isFalse();
    }
}
