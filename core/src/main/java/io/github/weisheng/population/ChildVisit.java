package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One child health-management service (儿童健康检查记录): which {@link ChildService}, the date and
 * the growth measurements. Its dates are checked against the child's birth and discharge in {@link
 * ChildHistory}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChildVisit.class)
@JsonDeserialize(as = ImmutableChildVisit.class)
public abstract class ChildVisit {
  ChildVisit() {}

  /**
   * Returns a visit.
   *
   * @param archive the child's archive
   * @param service the service
   * @param date the date
   * @param measurement the measurements, when taken
   * @return the visit
   */
  public static ChildVisit of(ArchiveNumber archive, ChildService service, LocalDate date,
      Optional<GrowthMeasurement> measurement) {
    return ImmutableChildVisit.builder().archive(archive).service(service).date(date).measurement(measurement).build();
  }

  /** @return the child's archive */
  public abstract ArchiveNumber archive();

  /** @return the service */
  public abstract ChildService service();

  /** @return the date */
  public abstract LocalDate date();

  /** @return the growth measurements, when taken */
  public abstract Optional<GrowthMeasurement> measurement();

  /** @return whether haemoglobin was tested at this visit */
  public boolean haemoglobinTested() {
    return measurement().flatMap(GrowthMeasurement::haemoglobinGramsPerLitre).isPresent();
  }
}
