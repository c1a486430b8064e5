package io.github.weisheng.chronic;

/**
 * Complications at a follow-up (并发症), compared with the previous visit: a stable known
 * complication is {@link #NONE}. Domain reference §3 classification table [C] and the vendor
 * referral reasons 出现新并发症 / 原有并发症加重 [S]; §4 "as HTN" [U].
 *
 * @since 0.1.0
 */
public enum ComplicationChange {
  /** No new complication and none worse. */
  NONE,
  /** 出现新并发症: a new complication. */
  NEW,
  /** 原有并发症加重: a known complication got worse. */
  WORSENED
}
