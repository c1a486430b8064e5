package io.github.weisheng.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.weisheng.spi.storage.StoreException;
import java.io.IOException;

/**
 * Reads and writes Weisheng's values as JSON, the body format core writes to the record store.
 * Dates are ISO-8601 strings; unknown properties are ignored so a newer writer's record can be read.
 * One instance per {@code CommunityHealth}; it holds no mutable state after creation.
 */
public final class JsonCodec {
  private final ObjectMapper mapper;

  private JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns a codec configured for Weisheng's values.
   *
   * @return the codec
   */
  public static JsonCodec create() {
    return new JsonCodec(
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new GuavaModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build());
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value the value
   * @return the bytes
   */
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a value from UTF-8 JSON.
   *
   * @param bytes the JSON
   * @param type the value type
   * @param <T> the value type
   * @return the value
   */
  public <T> T read(byte[] bytes, Class<T> type) {
    try {
      return mapper.readValue(bytes, type);
    } catch (IOException e) {
      // Jackson's message may quote the input; keep only the type name.
      throw new StoreException(
          "cannot read " + type.getSimpleName() + " from JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Returns the configured mapper, for tests and adapters that need Jackson directly.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }
}
