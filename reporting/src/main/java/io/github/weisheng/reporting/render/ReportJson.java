package io.github.weisheng.reporting.render;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Inline;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import io.github.weisheng.spi.report.TextCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The JSON form of a report document (the {@code json} format): every part of the document, numbers
 * exact, blocks, runs and cells tagged by a {@code type} member ({@code paragraph}, {@code table},
 * {@code chart}; {@code text}, {@code figure}; {@code text}, {@code number}); a key figure without a
 * value has {@code "value" : null} (never 0). {@link #read} reads it
 * back into an equal document, so a host can store a report and render it again later in another
 * format.
 *
 * @since 0.1.0
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addMixIn(Block.class, BlockTypes.class)
      .addMixIn(Inline.class, InlineTypes.class)
      .addMixIn(Cell.class, CellTypes.class)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectReader READER = MAPPER.readerFor(ReportDocument.class);

  private ReportJson() {}

  /**
   * Writes a document as indented UTF-8 JSON with {@code \n} line ends; the stream is left open.
   *
   * @param document the document
   * @param out where to write
   * @throws IOException when the stream fails
   */
  public static void write(ReportDocument document, OutputStream out) throws IOException {
    WRITER.writeValue(out, document);
  }

  /**
   * Reads a document written by {@link #write}.
   *
   * @param in the JSON
   * @return the document
   * @throws IOException when the stream fails or the JSON is not a valid report document (the
   *     message names the member, never its value)
   */
  public static ReportDocument read(InputStream in) throws IOException {
    return READER.readValue(in);
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Table.class, name = "table"),
    @JsonSubTypes.Type(value = Chart.class, name = "chart")
  })
  private interface BlockTypes {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Text.class, name = "text"),
    @JsonSubTypes.Type(value = Figure.class, name = "figure")
  })
  private interface InlineTypes {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TextCell.class, name = "text"),
    @JsonSubTypes.Type(value = NumberCell.class, name = "number")
  })
  private interface CellTypes {}
}
