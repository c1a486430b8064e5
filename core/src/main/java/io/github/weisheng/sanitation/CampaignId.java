package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of a {@link Campaign} (卫生运动), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code campaignId}: {@code campaignId.format}.
 *
 * @since 0.1.0
 */
public final class CampaignId implements Comparable<CampaignId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private CampaignId(String value) {
    this.value = value;
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code campaignId.format} when the text has another shape
   */
  @JsonCreator
  public static CampaignId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("campaignId", "campaignId.format");
    }
    return new CampaignId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static CampaignId random() {
    return new CampaignId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CampaignId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CampaignId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id: it is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
