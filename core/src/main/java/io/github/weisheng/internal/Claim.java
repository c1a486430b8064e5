package io.github.weisheng.internal;

import java.util.Objects;

/**
 * A uniqueness claim kept as its own record, so that the store's create-only write (expected
 * version 0) makes "one archive per person" and "one household per person" safe under concurrent
 * writers. A released claim may be taken again.
 *
 * @param holder the id of the record that holds the claim (an archive number, a household id)
 * @param released true once the holder gave it up
 */
public record Claim(String holder, boolean released) {

  /** Checks the holder is given. */
  public Claim {
    Objects.requireNonNull(holder, "holder");
  }

  /**
   * Returns an active claim.
   *
   * @param holder the holder
   * @return the claim
   */
  public static Claim heldBy(String holder) {
    return new Claim(holder, false);
  }

  /** @return the same claim, released */
  public Claim release() {
    return new Claim(holder, true);
  }
}
