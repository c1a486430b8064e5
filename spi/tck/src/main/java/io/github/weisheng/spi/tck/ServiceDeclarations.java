package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a module declares its providers alike in both places {@code ServiceLoader} reads: the
 * {@code provides … with …} clauses of {@code module-info.java} (the module path) and the files of
 * {@code META-INF/services} (the class path). A provider missing from one is found on one path and
 * silently absent on the other; call this from a test of the module that provides them:
 *
 * <pre>{@code
 * @Test
 * void providersAreDeclaredAlike() {
 *   ServiceDeclarations.assertAgree(Path.of("src/main"));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ServiceDeclarations {
  private static final Pattern PROVIDES = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([\\w.,\\s]+);");

  private ServiceDeclarations() {}

  /**
   * Asserts that {@code java/module-info.java} and {@code resources/META-INF/services} under a source
   * root declare the same services with the same providers, and at least one.
   *
   * @param sourceRoot the module's {@code src/main} folder
   * @return the declarations, service name to provider class names
   */
  public static Map<String, Set<String>> assertAgree(Path sourceRoot) {
    Map<String, Set<String>> declared = moduleInfo(sourceRoot.resolve("java/module-info.java"));
    assertThat(servicesFiles(sourceRoot.resolve("resources/META-INF/services")))
        .as("META-INF/services against module-info provides")
        .isEqualTo(declared)
        .isNotEmpty();
    return declared;
  }

  private static Map<String, Set<String>> moduleInfo(Path file) {
    Map<String, Set<String>> provides = new TreeMap<>();
    Matcher m = PROVIDES.matcher(read(file).replaceAll("//[^\\n]*", ""));
    while (m.find()) {
      Set<String> providers = new TreeSet<>();
      for (String provider : m.group(2).split(",")) {
        providers.add(provider.trim());
      }
      provides.put(m.group(1), providers);
    }
    return provides;
  }

  private static Map<String, Set<String>> servicesFiles(Path directory) {
    Map<String, Set<String>> services = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return services;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Set<String> providers = new TreeSet<>();
        for (String line : read(file).split("\n")) {
          String name = line.replaceAll("#.*", "").trim();
          if (!name.isEmpty()) {
            providers.add(name);
          }
        }
        services.put(file.getFileName().toString(), providers);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return services;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
