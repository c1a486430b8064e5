package io.github.weisheng.internal;

/**
 * The token that lets Weisheng's own reporting module run an aggregate computation through {@link
 * io.github.weisheng.HealthSession#aggregate}: reads inside it are checked and audited as reports on
 * de-identified data (see {@link Gate#aggregate}), so a principal who may see figures only can get
 * them. On the module path this package is exported to {@code io.github.weisheng.reporting} alone,
 * so no other module can make a token; on the class path it is internal by convention, not API.
 */
public final class AggregateAccess {
  private static final AggregateAccess INSTANCE = new AggregateAccess();

  private AggregateAccess() {}

  /** @return the token */
  public static AggregateAccess token() {
    return INSTANCE;
  }
}
