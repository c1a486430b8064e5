package io.github.weisheng.chronic;

import io.github.weisheng.internal.Violations;

/** Age limits shared by the chronic inputs. */
final class Ages {
  /** The highest plausible age in completed years. */
  static final int MAX = 150;

  private Ages() {}

  /** Checks an age in completed years: rule {@code chronic.age.range}. */
  static void check(Violations v, int age, String field) {
    v.require(age >= 0 && age <= MAX, field, "chronic.age.range", 0, MAX);
  }
}
