/**
 * Weisheng's service-provider contracts: the record store, the access policy, the audit sink and the report
 * renderer that a host (an HIS vendor) implements to plug Weisheng into its own database and permission system.
 *
 * <p>This module depends on the JDK alone and knows nothing of residents or vaccines, so adding a
 * domain type never breaks a provider.
 *
 * @since 0.1.0
 */
module io.github.weisheng.spi {
  requires static transitive org.jspecify;

  exports io.github.weisheng.spi.storage;
  exports io.github.weisheng.spi.access;
  exports io.github.weisheng.spi.audit;
  exports io.github.weisheng.spi.report;
}
