package io.github.weisheng.examples.plugins.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.Providers;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.tck.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV renderer registered both ways: explicitly, and through ServiceLoader by its provider. */
class CsvRendererProviderTest {
  @TempDir Path dir;

  @Test
  void theProviderIsALightFactoryNamedByTheFormatId() {
    ReportRendererProvider provider = new CsvRendererProvider();
    assertThat(provider.id()).isEqualTo("csv").isEqualTo(provider.create().formatId());
    assertThat(provider.create()).isInstanceOf(CsvRenderer.class);
  }

  @Test
  void explicitlyBesideTheBuiltInRenderers() throws IOException {
    ReportRenderers renderers = ReportRenderers.builtIn().with(CsvRenderer.create());
    assertThat(renderers.formats()).containsExactly("csv", "html", "json", "markdown", "text");

    Path written = renderers.write(SampleReports.workSummary(), "csv", dir, "work-summary");

    assertThat(written.getFileName()).hasToString("work-summary.csv");
    assertThat(CsvRendererTest.records(Files.readAllBytes(written), false))
        .contains(List.of("key-figure", "", "", "", "", "高血压患者", "709", "人"));
  }

  @Test
  void explicitlyAsAProviderGivenToProviders() {
    Providers providers = Providers.of(List.of(), List.of(), List.of(), List.of(new CsvRendererProvider()));
    ReportRenderers renderers = ReportRenderers.from(providers);
    assertThat(renderers.formats()).containsExactly("csv");
    assertThat(renderers.get("csv").mediaType()).startsWith("text/csv");
  }

  @Test
  void discoveredThroughServiceLoaderBesideTheBuiltInOnes() {
    Providers found = Providers.discover(CsvRendererProvider.class.getClassLoader());
    assertThat(found.rendererIds()).contains("csv", "html", "markdown");
    assertThat(found.renderer("csv")).get().isInstanceOf(CsvRendererProvider.class);
    assertThat(ReportRenderers.from(found).get("csv")).isInstanceOf(CsvRenderer.class);
  }

  @Test
  void aSecondCsvRendererIsAnErrorNeverASilentChoice() {
    ReportRenderers withCsv = ReportRenderers.builtIn().with(CsvRenderer.create());
    assertThatThrownBy(() -> withCsv.with(CsvRenderer.unguarded()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'csv'");
    assertThatThrownBy(() -> Providers.of(List.of(), List.of(), List.of(),
            List.of(new CsvRendererProvider(), new CsvRendererProvider())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'csv'");
  }
}
