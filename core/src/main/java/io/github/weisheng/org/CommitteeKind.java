package io.github.weisheng.org;

/**
 * What a committee number (the last three digits of a {@link CommitteeCode}) denotes, as a {@link
 * CommitteeKindTable} classifies it.
 *
 * @since 0.1.0
 */
public enum CommitteeKind {
  /** A residents' committee (居民委员会, 居委会), urban; by default numbers 001–099. */
  RESIDENTS_COMMITTEE,
  /** A villagers' committee (村民委员会, 村委会), rural; by default numbers 101–199. */
  VILLAGERS_COMMITTEE,
  /** Another unit at committee level (其他, e.g. a farm or a development zone); by default 901–999. */
  OTHER,
  /** A number no range of the table covers. */
  UNCLASSIFIED
}
