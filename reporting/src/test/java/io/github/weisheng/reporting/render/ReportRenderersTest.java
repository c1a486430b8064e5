package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.Providers;
import io.github.weisheng.spi.tck.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {

  @Test
  void theBuiltInFormats() {
    assertThat(ReportRenderers.builtIn().formats()).containsExactly("html", "json", "markdown", "text");
    assertThat(ReportRenderers.builtIn().get("html")).isInstanceOf(HtmlRenderer.class);
    assertThat(ReportRenderers.builtIn().find("docx")).isEmpty();
  }

  @Test
  void anUnknownFormatIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> ReportRenderers.builtIn().get("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docx").hasMessageContaining("[html, json, markdown, text]");
  }

  @Test
  void twoRenderersWithOneFormatAreAnError() {
    assertThatThrownBy(() -> ReportRenderers.builtIn().with(new HtmlRenderer()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'html'");
    assertThatThrownBy(() -> ReportRenderers.of(List.of(new TextRenderer(), new TextRenderer())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void discoveryFindsTheBuiltInRenderers() {
    Providers found = Providers.discover(ReportRenderers.class.getClassLoader());
    assertThat(found.rendererIds()).contains("html", "json", "markdown", "text");
    assertThat(ReportRenderers.from(found).formats()).containsAll(ReportRenderers.builtIn().formats());
  }

  @Test
  void moduleInfoProvidesAgreeWithMetaInfServices() throws IOException {
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    Matcher m = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([\\w.,\\s]+);").matcher(moduleInfo);
    assertThat(m.find()).isTrue();
    Set<String> provided = new TreeSet<>();
    for (String impl : m.group(2).split(",")) {
      provided.add(impl.trim());
    }
    Path services = Path.of("src/main/resources/META-INF/services/" + m.group(1));
    Set<String> listed = new TreeSet<>(Files.readAllLines(services).stream().map(String::trim)
        .filter(line -> !line.isEmpty()).toList());
    assertThat(provided).isEqualTo(listed).hasSize(4);
  }

  @Test
  void writesAWholeFileAndLeavesNoPartialOneBehind(@TempDir Path directory) throws IOException {
    Path written = ReportRenderers.builtIn().write(SampleReports.workSummary(), "html", directory.resolve("out"), "summary");
    assertThat(written.getFileName().toString()).isEqualTo("summary.html");
    assertThat(Files.readString(written)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    try (var files = Files.list(written.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("summary.html");
    }
  }
}
