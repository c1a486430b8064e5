/**
 * The Weisheng SPI compatibility kit (TCK): abstract JUnit 5 test classes that a provider extends in
 * a few lines to show it keeps the contracts of {@code io.github.weisheng.spi}.
 *
 * <p>QuickTheories 0.26 has no {@code Automatic-Module-Name}, so its module name is derived from the
 * jar's file name: {@code quicktheories}.
 *
 * @since 0.1.0
 */
module io.github.weisheng.spi.tck {
  requires transitive io.github.weisheng.spi;
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;
  requires quicktheories;
  requires java.management;
  requires jdk.management;

  exports io.github.weisheng.spi.tck;

  opens io.github.weisheng.spi.tck to org.junit.platform.commons;
}
