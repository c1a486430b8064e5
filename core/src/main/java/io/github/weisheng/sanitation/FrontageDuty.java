package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One of the three responsibilities of 门前三包 as an agreement words it, for example 包卫生 (keep the
 * frontage clean: no rubbish, sewage or breeding sites). The wording varies by place, so it is data
 * (immunization-sanitation-education-standards-privacy.md §3 [MQSB]).
 *
 * <p>Rules: {@code frontageDuty.code} (field {@code code}: 1–32 characters of {@code [a-z0-9-]}),
 * {@code sanitation.text} (fields {@code name}, {@code description}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageDuty.class)
@JsonDeserialize(as = ImmutableFrontageDuty.class)
public abstract class FrontageDuty {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  FrontageDuty() {}

  /** @return a short code findings refer to, for example {@code hygiene} */
  @Value.Parameter
  public abstract String code();

  /** @return the name as worded, for example 包卫生 */
  @Value.Parameter
  public abstract String name();

  /** @return what it asks of the unit */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns a duty.
   *
   * @param code its code
   * @param name its name as worded
   * @param description what it asks
   * @return the duty
   */
  public static FrontageDuty of(String code, String name, String description) {
    return ImmutableFrontageDuty.of(code, name, description);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(CODE.matcher(code()).matches(), "code", "frontageDuty.code");
    Texts.check(v, "name", name());
    Texts.check(v, "description", description());
    v.throwIfAny();
  }
}
