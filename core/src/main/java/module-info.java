/**
 * Weisheng core: the domain model of a community health service centre (org units, residents and
 * households, health archives, …), the official rules, the use-case services behind the
 * {@code CommunityHealth} entry point, and the built-in providers.
 *
 * @since 0.1.0
 */
module io.github.weisheng.core {
  requires transitive io.github.weisheng.spi;
  requires static org.immutables.value;
  requires com.google.common;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires org.slf4j;
  requires transitive java.sql;
  requires static com.h2database;

  exports io.github.weisheng.validation;
  exports io.github.weisheng.store.jdbc;

  opens io.github.weisheng.internal to com.fasterxml.jackson.databind;
}
