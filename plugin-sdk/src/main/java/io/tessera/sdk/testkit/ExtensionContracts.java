package io.tessera.sdk.testkit;

import io.tessera.sdk.SettingDefinition;
import io.tessera.sdk.SettingsDeclaration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * Framework-neutral checks that an extension will actually be found and work when the platform loads the plugin.
 * Each check throws an {@link AssertionError} describing every problem it found, so call it from any test:
 *
 * <pre>{@code
 * @Test
 * void isAValidExtension() {
 *     ExtensionContracts.verifyExtension(MyTicketEventListener.class);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ExtensionContracts {

    private static final String SDK_PACKAGE = "io.tessera.sdk";
    private static final String PF4J_INDEX = "META-INF/extensions.idx";

    private ExtensionContracts() {
    }

    /**
     * Checks that PF4J can discover and instantiate the class as an extension of a Tessera extension point: it is
     * annotated with {@link Extension @Extension}, public, concrete, has a public no-argument constructor,
     * implements an extension point of this SDK, and is listed in the index that PF4J's annotation processor writes
     * ({@code META-INF/extensions.idx}) next to the compiled class. A missing index usually means the annotation
     * processor did not run; declare {@code org.pf4j:pf4j} in the compiler's {@code annotationProcessorPaths}.
     *
     * @param extensionClass the class to check
     * @throws AssertionError if the class breaks the contract
     */
    public static void verifyExtension(Class<?> extensionClass) {
        Objects.requireNonNull(extensionClass, "extensionClass");
        List<String> problems = new ArrayList<>();
        String name = extensionClass.getName();
        int modifiers = extensionClass.getModifiers();
        if (!extensionClass.isAnnotationPresent(Extension.class)) {
            problems.add("is not annotated with @org.pf4j.Extension");
        }
        if (!Modifier.isPublic(modifiers)) {
            problems.add("is not public");
        }
        if (extensionClass.isInterface() || Modifier.isAbstract(modifiers)) {
            problems.add("is abstract or an interface");
        }
        if (extensionClass.getEnclosingClass() != null && !Modifier.isStatic(modifiers)) {
            problems.add("is an inner class; make it a top-level or static nested class");
        }
        try {
            if (!Modifier.isPublic(extensionClass.getDeclaredConstructor().getModifiers())) {
                problems.add("has a no-argument constructor that is not public");
            }
        } catch (NoSuchMethodException e) {
            problems.add("has no no-argument constructor");
        }
        if (sdkExtensionPoints(extensionClass).isEmpty()) {
            problems.add("implements no extension point of " + SDK_PACKAGE);
        }
        if (!isIndexed(extensionClass)) {
            problems.add("is not listed in " + PF4J_INDEX + " (did PF4J's annotation processor run?)");
        }
        failIfAny("Extension " + name, problems);
    }

    /**
     * Checks a settings declaration: the list is not {@code null} or empty, has no {@code null} elements, no
     * duplicate keys, and is equal on repeated calls.
     *
     * @param declaration the declaration to check
     * @throws AssertionError if the declaration breaks the contract
     */
    public static void verifySettingsDeclaration(SettingsDeclaration declaration) {
        Objects.requireNonNull(declaration, "declaration");
        List<SettingDefinition> settings = declaration.settings();
        String subject = "Settings declaration " + declaration.getClass().getName();
        if (settings == null) {
            throw new AssertionError(subject + " returned null");
        }
        List<String> problems = new ArrayList<>();
        if (settings.isEmpty()) {
            problems.add("declares no settings");
        }
        Set<String> keys = new HashSet<>();
        for (SettingDefinition setting : settings) {
            if (setting == null) {
                problems.add("contains a null definition");
            } else if (!keys.add(setting.key())) {
                problems.add("declares key '" + setting.key() + "' more than once");
            }
        }
        if (!settings.equals(declaration.settings())) {
            problems.add("returns different settings on repeated calls");
        }
        failIfAny(subject, problems);
    }

    private static List<Class<?>> sdkExtensionPoints(Class<?> type) {
        List<Class<?>> points = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> candidate : c.getInterfaces()) {
                if (ExtensionPoint.class.isAssignableFrom(candidate)
                        && candidate.getPackageName().equals(SDK_PACKAGE)) {
                    points.add(candidate);
                }
            }
        }
        return points;
    }

    private static boolean isIndexed(Class<?> extensionClass) {
        ClassLoader loader = extensionClass.getClassLoader();
        if (loader == null) {
            return false;
        }
        try {
            Enumeration<URL> indexes = loader.getResources(PF4J_INDEX);
            while (indexes.hasMoreElements()) {
                if (readEntries(indexes.nextElement()).contains(extensionClass.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PF4J_INDEX, e);
        }
    }

    private static Set<String> readEntries(URL index) throws IOException {
        Set<String> entries = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static void failIfAny(String subject, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(subject + " " + String.join("; ", problems));
        }
    }
}
