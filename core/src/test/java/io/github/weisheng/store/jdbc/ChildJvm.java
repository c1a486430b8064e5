package io.github.weisheng.store.jdbc;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Starts a main class of the tests in a new JVM on this JVM's class path (and module path). */
final class ChildJvm {
  private ChildJvm() {}

  /** Returns the entries of this JVM's class path and module path, in that order. */
  static List<String> classPathEntries() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        entries.addAll(Arrays.asList(value.split(File.pathSeparator)));
      }
    }
    return entries;
  }

  /**
   * Returns the command line running {@code mainClass} on the class path.
   *
   * @param keep which class-path entries to keep
   * @param jvmOptions options such as {@code -Xmx48m}
   * @param mainClass the class
   * @param args its arguments
   */
  static ProcessBuilder command(Predicate<String> keep, List<String> jvmOptions, Class<?> mainClass,
      List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPathEntries().stream().filter(keep).collect(Collectors.joining(File.pathSeparator)));
    command.add(mainClass.getName());
    command.addAll(args);
    return new ProcessBuilder(command);
  }
}
