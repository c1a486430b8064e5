/**
 * Weisheng reporting: the official indicators computed from the records, with the members behind
 * every numerator and denominator.
 *
 * @since 0.1.0
 */
module io.github.weisheng.reporting {
  requires transitive io.github.weisheng.core;

  exports io.github.weisheng.reporting;
}
