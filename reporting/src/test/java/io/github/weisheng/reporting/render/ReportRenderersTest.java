package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.Providers;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.tck.SampleReports;
import io.github.weisheng.spi.tck.ServiceDeclarations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void moduleInfoProvidesAgreeWithMetaInfServices() {
    assertThat(ServiceDeclarations.assertAgree(Path.of("src/main")).get(ReportRendererProvider.class.getName()))
        .hasSize(4);
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
