package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's birth, discharge from the delivery hospital and services: what {@link ChildSchedule}
 * computes from. Checked once, every broken rule at once: {@code child.discharge.beforeBirth}
 * (field {@code childHistory.dischargedOn}), {@code child.visit.beforeBirth} and {@code
 * child.visit.beforeDischarge} (a newborn home visit before the discharge), {@code
 * child.visit.otherArchive} (fields {@code childHistory.visits[i]}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChildHistory.class)
@JsonDeserialize(as = ImmutableChildHistory.class)
public abstract class ChildHistory {
  ChildHistory() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the child's archive */
  public abstract ArchiveNumber archive();

  /** @return the birth date (personal data: printed as {@code ***}) */
  @Value.Redacted
  public abstract LocalDate birthDate();

  /** @return the discharge date from the delivery hospital (出院), when known; the birth date otherwise */
  public abstract Optional<LocalDate> dischargedOn();

  /** @return the services, in any order */
  public abstract List<ChildVisit> visits();

  /** @return the day the newborn visit window counts from */
  public LocalDate discharge() {
    return dischargedOn().orElse(birthDate());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    dischargedOn().ifPresent(d -> v.require(!d.isBefore(birthDate()), "childHistory.dischargedOn",
        "child.discharge.beforeBirth"));
    for (int i = 0; i < visits().size(); i++) {
      ChildVisit visit = visits().get(i);
      String field = "childHistory.visits[" + i + "].date";
      v.require(visit.archive().equals(archive()), "childHistory.visits[" + i + "].archive", "child.visit.otherArchive");
      v.require(!visit.date().isBefore(birthDate()), field, "child.visit.beforeBirth");
      v.require(visit.service() != ChildService.NEWBORN_VISIT || visit.date().isBefore(birthDate())
          || !visit.date().isBefore(discharge()), field, "child.visit.beforeDischarge");
    }
    v.throwIfAny();
  }

  /** Builds {@link ChildHistory}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableChildHistory.Builder {
    Builder() {}
  }
}
