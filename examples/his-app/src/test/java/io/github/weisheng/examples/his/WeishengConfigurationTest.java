package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Weisheng as Spring beans: the JDBC store on the application's PostgreSQL, wired explicitly. */
class WeishengConfigurationTest extends HisTest {
  @Autowired CommunityHealth health;
  @Autowired JdbcRecordStore store;
  @Autowired ReportRenderers renderers;

  @Test
  void theStoreRunsOnTheApplicationsPostgresqlWithItsOwnTables() {
    assertThat(health.store()).isSameAs(store);
    assertThat(store.dialect().id()).isEqualTo("postgresql");
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 17");
    assertThat(jdbc.queryForObject(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('ws_record', 'ws_record_version', 'ws_index')",
        Integer.class)).isEqualTo(3);
  }

  @Test
  void theAccessPolicyClockAndRenderersAreTheOnesConfigured() {
    assertThat(health.accessPolicy()).isInstanceOf(DefaultAccessPolicy.class);
    assertThat(health.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(LocalDate.now(health.clock())).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(renderers.formats()).containsAll(WorkSummaryController.FORMATS.values());
  }
}
