package io.github.weisheng.sanitation;

/**
 * How far a figure of a rule table is confirmed, after the tags of the domain reference
 * (../shared/domain/README.md): [C] confirmed from a page restating the official text, [S] one
 * secondary source, [U]/UNC unconfirmed. Declared from strongest to weakest.
 *
 * @since 0.1.0
 */
public enum Confirmation {
  /** [C]: confirmed. */
  CONFIRMED,
  /** [S]: one secondary source, or an older rule still quoted locally. */
  SECONDARY,
  /** [U] / UNC: unconfirmed, a placeholder consistent with the evidence; replace it when known. */
  UNCONFIRMED;

  /**
   * Returns the weaker of two confirmations.
   *
   * @param other the other
   * @return the weaker one
   */
  public Confirmation weaker(Confirmation other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
