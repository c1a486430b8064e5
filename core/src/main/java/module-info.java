/**
 * Weisheng core: the domain model of a community health service centre (org units, residents and
 * households, health archives, …), the official rules, the use-case services behind the {@link
 * io.github.weisheng.CommunityHealth} entry point, and the built-in providers.
 *
 * @since 0.1.0
 */
// the qualified export below names a module built after this one (reporting): not found here by design
@SuppressWarnings("module")
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

  exports io.github.weisheng;
  exports io.github.weisheng.store;
  exports io.github.weisheng.validation;
  exports io.github.weisheng.org;
  exports io.github.weisheng.resident;
  exports io.github.weisheng.archive;
  exports io.github.weisheng.chronic;
  exports io.github.weisheng.sanitation;
  exports io.github.weisheng.education;
  exports io.github.weisheng.immunization;
  exports io.github.weisheng.population;
  exports io.github.weisheng.infectious;
  exports io.github.weisheng.access;
  exports io.github.weisheng.audit;
  exports io.github.weisheng.store.jdbc;
  exports io.github.weisheng.internal to io.github.weisheng.reporting;

  uses io.github.weisheng.spi.storage.RecordStoreProvider;
  uses io.github.weisheng.spi.access.AccessPolicyProvider;
  uses io.github.weisheng.spi.audit.AuditSinkProvider;
  uses io.github.weisheng.spi.report.ReportRendererProvider;

  provides io.github.weisheng.spi.storage.RecordStoreProvider with
      io.github.weisheng.store.InMemoryRecordStoreProvider,
      io.github.weisheng.store.jdbc.H2FileRecordStoreProvider;
  provides io.github.weisheng.spi.access.AccessPolicyProvider with
      io.github.weisheng.access.DefaultAccessPolicyProvider;
  provides io.github.weisheng.spi.audit.AuditSinkProvider with
      io.github.weisheng.audit.Slf4jAuditSinkProvider;

  opens io.github.weisheng.org to com.fasterxml.jackson.databind;
  opens io.github.weisheng.resident to com.fasterxml.jackson.databind;
  opens io.github.weisheng.archive to com.fasterxml.jackson.databind;
  opens io.github.weisheng.chronic to com.fasterxml.jackson.databind;
  opens io.github.weisheng.sanitation to com.fasterxml.jackson.databind;
  opens io.github.weisheng.education to com.fasterxml.jackson.databind;
  opens io.github.weisheng.immunization to com.fasterxml.jackson.databind;
  opens io.github.weisheng.population to com.fasterxml.jackson.databind;
  opens io.github.weisheng.infectious to com.fasterxml.jackson.databind;
  opens io.github.weisheng.access to com.fasterxml.jackson.databind;
  opens io.github.weisheng.internal to com.fasterxml.jackson.databind;
}
