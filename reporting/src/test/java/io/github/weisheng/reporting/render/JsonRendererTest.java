package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON renderer passes the renderer TCK; its readable text is the document it encodes, read back
 * and laid out as plain text, so the kit checks that the JSON carries every word and figure.
 */
class JsonRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return new JsonRenderer();
  }

  @Override
  protected String readableText(byte[] rendered) {
    try {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      new TextRenderer().render(ReportJson.read(new ByteArrayInputStream(rendered)), text);
      return text.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDocumentReadsBackEqual() throws IOException {
    ReportDocument summary = SampleReports.workSummary();
    assertThat(ReportJson.read(new ByteArrayInputStream(render(summary)))).isEqualTo(summary);
  }

  @Test
  void randomDocumentsReadBackEqual() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      ReportDocument document = ReportRendererContract.randomDocument(seed);
      try {
        assertThat(ReportJson.read(new ByteArrayInputStream(render(document)))).isEqualTo(document);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void blocksRunsAndCellsAreTaggedAndNumbersExact() {
    String json = new String(render(SampleReports.workSummary()), StandardCharsets.UTF_8);
    assertThat(json).contains("\"type\" : \"paragraph\"", "\"type\" : \"figure\"", "\"type\" : \"table\"",
        "\"type\" : \"chart\"", "\"type\" : \"number\"", "\"value\" : 97.6").doesNotContain("\r");
  }

  @Test
  void aKeyFigureWithoutAValueIsWrittenAsNullAndReadsBack() throws IOException {
    ReportDocument document = SampleReports.keyFiguresWithoutValues();
    String json = new String(render(document), StandardCharsets.UTF_8);
    assertThat(json).containsPattern("\"label\" : \"糖尿病患者规范管理率\",\\s*\"value\" : null,")
        .containsPattern("\"label\" : \"糖尿病患者\",\\s*\"value\" : 0,");
    assertThat(ReportJson.read(new ByteArrayInputStream(render(document)))).isEqualTo(document);
    byte[] proseWithoutValue = ("{\"title\":\"t\",\"subtitles\":[],\"locale\":\"zh_CN\",\"keyFigures\":[{\"type\":"
        + "\"figure\",\"label\":\"率\",\"value\":null,\"unit\":\"%\",\"prose\":\"近1\"}],\"sections\":[]}")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(proseWithoutValue)))
        .isInstanceOf(IOException.class).hasMessageContaining("figure.prose");
  }

  @Test
  void aBrokenDocumentIsRefused() {
    byte[] noTitle = "{\"title\":\"\",\"subtitles\":[],\"locale\":\"zh_CN\",\"keyFigures\":[],\"sections\":[]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(noTitle)))
        .isInstanceOf(IOException.class).hasMessageContaining("report.title");
  }
}
