package io.github.weisheng.examples.his;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Providers;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.reporting.office.DocxRenderer;
import io.github.weisheng.reporting.office.XlsxRenderer;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.store.jdbc.JdbcDialect;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Weisheng wired as Spring beans, explicitly: the record store on the application's own (HikariCP)
 * data source with the PostgreSQL dialect, the built-in access policy, the clock and the report
 * renderers. {@link Providers#none()} switches {@code ServiceLoader} discovery off, so nothing on
 * the class path is picked up by surprise. The audit sink is Weisheng's default: audit events are
 * committed to the same store, together with the writes they describe.
 */
@Configuration(proxyBeanMethods = false)
class WeishengConfiguration {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * The clock: the system clock in China Standard Time, or noon of {@code his.today} when set.
   *
   * @param properties the host's settings
   * @return the clock
   */
  @Bean
  Clock clock(HisProperties properties) {
    if (properties.today() != null) {
      return Clock.fixed(properties.today().atTime(12, 0).atZone(CHINA).toInstant(), CHINA);
    }
    return Clock.system(CHINA);
  }

  /**
   * The record store: creates Weisheng's tables in an empty database (or migrates older ones) when
   * opened. The data source stays Spring's to close.
   *
   * @param dataSource the pooled data source from {@code spring.datasource.*}
   * @return the store
   */
  @Bean(destroyMethod = "close")
  JdbcRecordStore recordStore(DataSource dataSource) {
    return JdbcRecordStore.open(dataSource, JdbcDialect.postgresql());
  }

  /** @return the built-in role-and-scope access policy (default deny) */
  @Bean
  AccessPolicy accessPolicy() {
    return DefaultAccessPolicy.defaults();
  }

  /**
   * The entry point; sessions are made from it per request ({@link SessionResolver}).
   *
   * @param store the record store
   * @param accessPolicy the access policy
   * @param clock the clock
   * @return the entry point
   */
  @Bean
  CommunityHealth communityHealth(JdbcRecordStore store, AccessPolicy accessPolicy, Clock clock) {
    return CommunityHealth.builder()
        .providers(Providers.none())
        .store(store)
        .accessPolicy(accessPolicy)
        .clock(clock)
        .build();
  }

  /** @return the built-in renderers (Markdown, HTML, JSON, text) and the office ones (DOCX, XLSX) */
  @Bean
  ReportRenderers reportRenderers() {
    return ReportRenderers.builtIn().with(new DocxRenderer()).with(new XlsxRenderer());
  }
}
