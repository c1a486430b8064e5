package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The three responsibilities of 门前三包 (the "three guarantees in front of the door") in the wording
 * an agreement uses. Two versions are common (immunization-sanitation-education-standards-privacy.md
 * §3 [MQSB]): {@link #hygieneGreeningOrder()} (包卫生, 包绿化, 包秩序) and {@link
 * #townscapeCleanlinessFacilities()} (市容秩序, 环境卫生, 设施绿化); a host words its own with
 * {@link #of}.
 *
 * <p>Rules, under {@code duties}: {@code frontageDuties.three} (exactly three), {@code
 * frontageDuties.duplicate} (no code twice).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageDuties.class)
@JsonDeserialize(as = ImmutableFrontageDuties.class)
public abstract class FrontageDuties {
  private static final FrontageDuties HYGIENE_GREENING_ORDER = of(
      FrontageDuty.of("hygiene", "包卫生", "门前无垃圾、无污水、无积水，保持清洁"),
      FrontageDuty.of("greening", "包绿化", "爱护门前树木花草和绿化设施"),
      FrontageDuty.of("order", "包秩序", "门前无乱摆摊点、无乱堆乱放、无乱停乱贴"));
  private static final FrontageDuties TOWNSCAPE_CLEANLINESS_FACILITIES = of(
      FrontageDuty.of("townscape", "包市容秩序", "无乱设摊点、无乱贴乱画、无乱堆乱放"),
      FrontageDuty.of("cleanliness", "包环境卫生", "无垃圾、无污水、无蚊蝇孳生地"),
      FrontageDuty.of("facilities", "包设施绿化", "爱护门前公共设施和绿化"));

  FrontageDuties() {}

  /** @return the three duties, in the agreement's order */
  public abstract List<FrontageDuty> duties();

  /** @return 包卫生, 包绿化, 包秩序 [MQSB] */
  public static FrontageDuties hygieneGreeningOrder() {
    return HYGIENE_GREENING_ORDER;
  }

  /** @return 包市容秩序, 包环境卫生, 包设施绿化 [MQSB] */
  public static FrontageDuties townscapeCleanlinessFacilities() {
    return TOWNSCAPE_CLEANLINESS_FACILITIES;
  }

  /**
   * Returns the host's wording.
   *
   * @param first the first duty
   * @param second the second
   * @param third the third
   * @return the duties
   */
  public static FrontageDuties of(FrontageDuty first, FrontageDuty second, FrontageDuty third) {
    return ImmutableFrontageDuties.builder().addDuties(first, second, third).build();
  }

  /**
   * Finds a duty by code.
   *
   * @param code the code
   * @return the duty, or empty
   */
  public Optional<FrontageDuty> find(String code) {
    return duties().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(duties().size() == 3, "duties", "frontageDuties.three");
    Set<String> codes = new HashSet<>();
    duties().forEach(d -> v.require(codes.add(d.code()), "duties", "frontageDuties.duplicate", d.code()));
    v.throwIfAny();
  }
}
