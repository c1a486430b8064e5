package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An inspection of a 门前三包 unit (门前三包检查): the findings per responsibility and, when a duty was
 * broken, the rectification notice issued and its follow-up
 * (immunization-sanitation-education-standards-privacy.md §3 [MQSB]).
 *
 * <p>Rules: {@code frontageInspection.empty} (field {@code findings}), {@code
 * frontageInspection.duplicateDuty} (field {@code findings[i]}), {@code
 * frontageInspection.noticeWithoutFault} and {@code frontageInspection.noticeBeforeInspection}
 * (field {@code notice}), {@code sanitation.text} (field {@code inspector}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageInspection.class)
@JsonDeserialize(as = ImmutableFrontageInspection.class)
public abstract class FrontageInspection {
  FrontageInspection() {}

  /** @return the inspection's id */
  public abstract InspectionId id();

  /** @return the unit inspected */
  public abstract FrontageUnitId unit();

  /** @return the unit's area (the record's scope) */
  public abstract AreaScope scope();

  /** @return the day of the inspection */
  public abstract LocalDate inspectedOn();

  /** @return who inspected (a team, an office) */
  public abstract String inspector();

  /** @return the findings, one per duty checked */
  public abstract List<FrontageFinding> findings();

  /** @return the notice issued, if any */
  public abstract Optional<RectificationNotice> notice();

  /** @return true when every duty checked was kept */
  @JsonIgnore
  public boolean compliant() {
    return findings().stream().allMatch(FrontageFinding::compliant);
  }

  /**
   * Returns this inspection with its notice closed.
   *
   * @param on the day the fault was found put right
   * @return the new inspection
   * @throws IllegalStateException when no notice was issued
   */
  public FrontageInspection withNoticeClosed(LocalDate on) {
    RectificationNotice n = notice().orElseThrow(() -> new IllegalStateException("no notice was issued"));
    return ((ImmutableFrontageInspection) this).withNotice(n.closed(on));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrontageInspection}. */
  public static final class Builder extends ImmutableFrontageInspection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(!findings().isEmpty(), "findings", "frontageInspection.empty");
    Set<String> duties = new HashSet<>();
    for (int i = 0; i < findings().size(); i++) {
      v.require(duties.add(findings().get(i).duty()), "findings[" + i + "]", "frontageInspection.duplicateDuty",
          findings().get(i).duty());
    }
    notice().ifPresent(n -> {
      v.require(!compliant(), "notice", "frontageInspection.noticeWithoutFault");
      v.require(!n.issuedOn().isBefore(inspectedOn()), "notice", "frontageInspection.noticeBeforeInspection");
    });
    Texts.check(v, "inspector", inspector());
    v.throwIfAny();
  }
}
