package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of output kinds (工作量类别目录) a host records: the {@link #standard()} kinds of
 * {@link OutputKind} and the host's own, each code once. It turns codes from a form or an import
 * into typed {@link Output}s.
 *
 * <p>Rules: {@code outputCatalogue.duplicateKind} (field {@code kinds}), {@code output.kind.unknown}
 * (field {@code output.kind}), {@code output.unit.unknown} (field {@code output.unit}), and those of
 * {@link Output}.
 *
 * @since 0.1.0
 */
public final class OutputCatalogue {
  private static final OutputCatalogue STANDARD = of(List.of(
      OutputKind.GARBAGE_REMOVED, OutputKind.BLACK_SPOTS_CLEARED, OutputKind.ILLEGAL_ADS_REMOVED,
      OutputKind.DRAINS_DREDGED, OutputKind.BREEDING_SITES_CLEARED, OutputKind.RODENTICIDE_PLACED,
      OutputKind.BAIT_STATIONS_SET, OutputKind.COCKROACH_BAIT_PLACED, OutputKind.INSECTICIDE_DISTRIBUTED,
      OutputKind.AREA_DISINFECTED, OutputKind.HOUSEHOLDS_VISITED, OutputKind.LEAFLETS_DISTRIBUTED,
      OutputKind.BANNERS_HUNG, OutputKind.SLOGANS_PAINTED, OutputKind.TREES_PLANTED, OutputKind.VENDORS_CLEARED,
      OutputKind.AGREEMENTS_SIGNED, OutputKind.NOTICES_ISSUED, OutputKind.MONEY_SPENT));

  private final Map<String, OutputKind> kinds;

  private OutputCatalogue(Map<String, OutputKind> kinds) {
    this.kinds = kinds;
  }

  /** @return the standard kinds of {@link OutputKind} */
  public static OutputCatalogue standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue of these kinds, in this order.
   *
   * @param kinds the kinds, each code once
   * @return the catalogue
   * @throws RuleViolationException {@code outputCatalogue.duplicateKind}
   */
  @JsonCreator
  public static OutputCatalogue of(Collection<OutputKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    Map<String, OutputKind> map = new LinkedHashMap<>();
    List<RuleViolation> broken = new ArrayList<>();
    for (OutputKind kind : kinds) {
      if (map.putIfAbsent(Objects.requireNonNull(kind, "kind").code(), kind) != null) {
        broken.add(RuleViolation.of("kinds", "outputCatalogue.duplicateKind", kind.code()));
      }
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    return new OutputCatalogue(map);
  }

  /**
   * Returns this catalogue with the host's own kinds added.
   *
   * @param more the kinds, none with a code already present
   * @return the new catalogue
   * @throws RuleViolationException {@code outputCatalogue.duplicateKind}
   */
  public OutputCatalogue with(OutputKind... more) {
    List<OutputKind> all = new ArrayList<>(kinds.values());
    all.addAll(List.of(more));
    return of(all);
  }

  /** @return the kinds, in catalogue order */
  @JsonValue
  public List<OutputKind> kinds() {
    return List.copyOf(kinds.values());
  }

  /**
   * Finds a kind by code.
   *
   * @param code the code
   * @return the kind, or empty
   */
  public Optional<OutputKind> find(String code) {
    return Optional.ofNullable(kinds.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns an output from codes, as a form or an import gives them.
   *
   * @param kindCode the kind's code
   * @param amount the amount
   * @param unitCode the unit's code ({@link OutputUnit#code()})
   * @return the output
   * @throws RuleViolationException {@code output.kind.unknown}, {@code output.unit.unknown} or a
   *     rule of {@link Output}
   */
  public Output output(String kindCode, BigDecimal amount, String unitCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unitCode, "unitCode");
    OutputKind kind = find(kindCode)
        .orElseThrow(() -> RuleViolationException.of("output.kind", "output.kind.unknown"));
    return Output.of(kind, amount, OutputUnit.fromCode(unitCode));
  }

  /**
   * Tells whether an output's kind is this catalogue's kind of its code (same names and units).
   *
   * @param output the output
   * @return true when catalogued
   */
  public boolean catalogues(Output output) {
    return find(output.kind().code()).filter(output.kind()::equals).isPresent();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OutputCatalogue other && kinds().equals(other.kinds());
  }

  @Override
  public int hashCode() {
    return kinds().hashCode();
  }

  @Override
  public String toString() {
    return "OutputCatalogue" + kinds.keySet();
  }
}
