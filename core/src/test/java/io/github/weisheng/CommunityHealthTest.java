package io.github.weisheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.audit.Slf4jAuditSink;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CommunityHealthTest {

  @Test
  void storeAndAccessPolicyAreRequiredNothingFallsBackToANoOp() {
    assertThatThrownBy(() -> CommunityHealth.builder().accessPolicy(DefaultAccessPolicy.defaults()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store");
    assertThatThrownBy(() -> CommunityHealth.builder().store(InMemoryRecordStore.create()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("accessPolicy");
  }

  @Test
  void settingTwiceIsAnErrorNamingTheEarlierValue() {
    var builder = CommunityHealth.builder().clock(Clock.systemUTC());
    assertThatThrownBy(() -> builder.clock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock was already set to SystemClock[Z]");
    assertThatThrownBy(() -> builder.store(null)).isInstanceOf(NullPointerException.class).hasMessage("store");
  }

  @Test
  void defaultsAreTheStoreAuditSinkAndBeijingTime() {
    CommunityHealth health = CommunityHealth.builder()
        .store(InMemoryRecordStore.create()).accessPolicy(DefaultAccessPolicy.defaults()).build();
    assertThat(health.auditSink().id()).isEqualTo("weisheng-store");
    assertThat(health.clock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(health.dynamicArchivePolicy()).isEqualTo(io.github.weisheng.archive.DynamicArchivePolicy.defaults());
  }

  @Test
  void anExplicitAuditSinkIsUsed() {
    CommunityHealth health = CommunityHealth.builder().store(InMemoryRecordStore.create())
        .accessPolicy(DefaultAccessPolicy.defaults()).auditSink(Slf4jAuditSink.create()).build();
    assertThat(health.auditSink().id()).isEqualTo("weisheng-slf4j");
    assertThat(health.as(Fixtures.doctor()).principal()).isEqualTo(Fixtures.doctor());
  }

  @Test
  void twoEntryPointsOnOneStoreShareItsIdentityKey() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    CommunityHealth first = Fixtures.health(store);
    var resident = Fixtures.resident(Fixtures.COMMITTEE_1, java.time.LocalDate.of(1960, 1, 1), 1);
    var archive = first.as(Fixtures.doctor()).archives().open(Fixtures.newArchive(resident));
    CommunityHealth second = Fixtures.health(store);
    assertThat(second.as(Fixtures.doctor()).archives().findByCitizenId(resident.citizenId().orElseThrow()))
        .contains(archive);
  }
}
