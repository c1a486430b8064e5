package io.github.weisheng.org;

import io.github.weisheng.validation.RuleViolationException;

/** The name rule shared by centres, stations and teams. */
final class OrgUnitNames {
  private OrgUnitNames() {}

  /** Throws {@code orgUnit.name} under the field {@code name} when the name is blank. */
  static void check(String name) {
    if (name.isBlank()) {
      throw RuleViolationException.of("name", "orgUnit.name");
    }
  }
}
