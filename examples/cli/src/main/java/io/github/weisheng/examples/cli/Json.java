package io.github.weisheng.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.weisheng.validation.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The CLI's own Jackson set-up (core's JsonCodec is internal): dates as ISO text, unknown fields
 * refused (a misspelt field is an error, not silently ignored), pretty output with {@code "key": value}.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new Jdk8Module())
      .registerModule(new GuavaModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final ObjectWriter WRITER = MAPPER.writer(new Printer());

  /** Two-space indents, {@code "key": value}, and {@code []} for an empty list. */
  private static final class Printer extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Printer() {
      super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer();
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      --_nesting;
      if (nrOfValues > 0) {
        _arrayIndenter.writeIndentation(g, _nesting);
      }
      g.writeRaw(']');
    }
  }

  private Json() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty JSON text of a value, without a final line break. */
  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON / 无法输出 JSON", e);
    }
  }

  /**
   * Reads a JSON file into a type. A broken domain rule comes out as the domain's
   * {@link RuleViolationException}; any other problem as an {@link InputException} naming the file,
   * the line and column and the field, never the value read.
   */
  static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (NoSuchFileException e) {
      throw new InputException("找不到文件 " + file.getFileName(), "file not found: " + file.getFileName());
    } catch (JsonProcessingException e) {
      RuleViolationException violation = ruleViolation(e);
      if (violation != null) {
        throw violation;
      }
      throw describe(file, e);
    } catch (IOException e) {
      throw new InputException("无法读取文件 " + file.getFileName(), "cannot read file " + file.getFileName());
    }
  }

  private static RuleViolationException ruleViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RuleViolationException r) {
        return r;
      }
    }
    return null;
  }

  private static InputException describe(Path file, JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
    String field = "";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
    // the domain's own checks (a missing required field, a weight out of range) have fixed texts
    // without the value; Jackson's own messages may quote the value, so they are not shown
    String detailEn = "not valid JSON or not the documented shape";
    String detailZh = "不是有效的 JSON，或不符合文档规定的格式";
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if ((t instanceof IllegalArgumentException || t instanceof IllegalStateException)
          && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("io.github.weisheng.")) {
        detailEn = t.getMessage();
        detailZh = t.getMessage();
        break;
      }
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      detailEn = "unknown field";
      detailZh = "未知字段";
    } else if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException
        || e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && !field.isEmpty()
            && detailEn.startsWith("not valid")) {
      detailEn = "wrong type or format";
      detailZh = "类型或格式错误";
    }
    String f = field.isEmpty() ? "" : " " + field;
    return new InputException(
        file.getFileName() + where + f + "：" + detailZh,
        file.getFileName() + where + f + ": " + detailEn);
  }
}
