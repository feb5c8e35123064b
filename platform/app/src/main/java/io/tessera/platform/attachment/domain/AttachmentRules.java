package io.tessera.platform.attachment.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Tessera accepts as an attachment: a short list of document, image, text and archive types whose first
 * bytes must match the declared type where the type has a signature (so an executable is not stored as a "PDF"),
 * and file names reduced to a safe last segment (no paths, no control or reserved characters).
 */
public final class AttachmentRules {

    public static final int MAX_FILENAME = 200;

    /** Accepted content types → the file signature they must start with (empty: no signature to check). */
    private static final Map<String, byte[]> TYPES = Map.ofEntries(
            Map.entry("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}),
            Map.entry("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            Map.entry("image/gif", new byte[]{'G', 'I', 'F', '8'}),
            Map.entry("image/webp", new byte[]{'R', 'I', 'F', 'F'}),
            Map.entry("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
            Map.entry("application/zip", new byte[]{'P', 'K'}),
            Map.entry("application/gzip", new byte[]{0x1F, (byte) 0x8B}),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K'}),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K'}),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", new byte[]{'P', 'K'}),
            Map.entry("text/plain", new byte[0]),
            Map.entry("text/csv", new byte[0]),
            Map.entry("application/json", new byte[0]),
            Map.entry("message/rfc822", new byte[0]),
            Map.entry("application/octet-stream", new byte[0]));

    /** Signatures of executables and scripts, refused whatever type they are declared as. */
    private static final byte[][] EXECUTABLES = {
            {'M', 'Z'}, {0x7F, 'E', 'L', 'F'}, {'#', '!'}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}};

    private AttachmentRules() {
    }

    public static Set<String> acceptedTypes() {
        return TYPES.keySet();
    }

    /** The content type without parameters, lower case; empty if it is not one Tessera accepts. */
    public static Optional<String> acceptedType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return TYPES.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** Whether the file's first bytes fit its (accepted) type and are not an executable's. */
    public static boolean contentMatches(String type, byte[] head) {
        for (byte[] exe : EXECUTABLES) {
            if (startsWith(head, exe)) {
                return false;
            }
        }
        return startsWith(head, TYPES.getOrDefault(type, new byte[]{0}));
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A safe file name from what the client sent: only the last path segment ({@code ../../etc/passwd} →
     * {@code passwd}, {@code C:\x\report.pdf} → {@code report.pdf}), Unicode-normalised, without control and
     * reserved characters or leading dots, at most {@link #MAX_FILENAME} characters (keeping the extension).
     * Never empty: {@code attachment} when nothing usable is left.
     */
    public static String sanitizeFilename(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"|?*".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
                b.append('_');
            } else {
                b.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        name = b.toString().replaceAll(" +", " ").strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.length() > MAX_FILENAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME - ext.length()) + ext;
        }
        return name.isEmpty() ? "attachment" : name;
    }
}
