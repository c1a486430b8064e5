package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of a {@link Campaign} (卫生运动), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code campaignId}: {@code campaignId.format}.
 *
 * @since 0.1.0
 */
public final class CampaignId extends TokenId<CampaignId> {
  private CampaignId(String value) {
    super(value);
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
    return new CampaignId(requireToken(text, "campaignId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static CampaignId random() {
    return new CampaignId(UUID.randomUUID().toString());
  }
}
