package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 is an optional dependency: the JDBC store loads and runs without it. */
class JdbcWithoutH2Test {
  @TempDir Path directory;

  @Test
  @DisplayName("Without H2 the store's classes load, and openH2File says H2 is missing")
  void runsWithoutH2() throws Exception {
    String h2 = File.separator + "com" + File.separator + "h2database" + File.separator;
    assertThat(ChildJvm.classPathEntries()).anyMatch(entry -> entry.contains(h2));
    Process child = ChildJvm.command(entry -> !entry.contains(h2), List.of(), WithoutH2Child.class,
            List.of(directory.resolve("db").toString()))
        .redirectErrorStream(true)
        .start();
    List<String> output;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      output = reader.lines().collect(Collectors.toList());
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(String.join("\n", output)).isZero();
    assertThat(output).contains("h2 absent", "postgresql scripts 1");
    assertThat(output).anySatisfy(line -> assertThat(line)
        .startsWith("refused: ").contains("com.h2database:h2"));
    assertThat(directory.resolve("db")).doesNotExist();
  }
}
