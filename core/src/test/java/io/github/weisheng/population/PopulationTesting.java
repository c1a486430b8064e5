package io.github.weisheng.population;

import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;

/**
 * Test support of the population package: fixtures and dates. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class PopulationTesting {
  static final ArchiveNumber ARCHIVE = ArchiveNumber.parse("11010500100100001");

  private PopulationTesting() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

}
