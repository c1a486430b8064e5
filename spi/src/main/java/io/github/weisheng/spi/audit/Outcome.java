package io.github.weisheng.spi.audit;

/**
 * How an audited request ended.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** Allowed and done. */
  SUCCEEDED,
  /** Refused by the access policy. */
  DENIED,
  /** Allowed, but failed (invalid input, conflict, store error); nothing was written. */
  FAILED
}
