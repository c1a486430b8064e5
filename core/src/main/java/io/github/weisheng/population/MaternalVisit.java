package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One maternal service given (产前检查 / 产后访视 / 产后42天检查): which and when. Checked against the
 * pregnancy's dates in {@link Pregnancy}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaternalVisit.class)
@JsonDeserialize(as = ImmutableMaternalVisit.class)
public abstract class MaternalVisit {
  MaternalVisit() {}

  /**
   * Returns a visit.
   *
   * @param service the service
   * @param date the date
   * @return the visit
   */
  public static MaternalVisit of(MaternalService service, LocalDate date) {
    return ImmutableMaternalVisit.builder().service(service).date(date).build();
  }

  /** @return the service */
  public abstract MaternalService service();

  /** @return the date */
  public abstract LocalDate date();
}
