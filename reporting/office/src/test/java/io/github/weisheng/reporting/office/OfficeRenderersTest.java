package io.github.weisheng.reporting.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.Providers;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.tck.ServiceDeclarations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OfficeRenderersTest {

  @Test
  void theOfficeRenderersAreDeclaredAlikeForBothPaths() {
    assertThat(ServiceDeclarations.assertAgree(Path.of("src/main")).get(ReportRendererProvider.class.getName()))
        .containsExactlyInAnyOrder(DocxRenderer.class.getName(), XlsxRenderer.class.getName());
  }

  @Test
  void discoveryFindsThemBesideTheBuiltInOnes() {
    ReportRenderers found = ReportRenderers.from(Providers.discover(DocxRenderer.class.getClassLoader()));
    assertThat(found.formats()).contains("docx", "xlsx", "html", "markdown");
    assertThat(found.get("docx").fileExtension()).isEqualTo("docx");
  }
}
