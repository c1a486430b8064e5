package io.github.weisheng.examples.plugins.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Providers;
import io.github.weisheng.store.InMemoryRecordStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The host policy registered both ways: explicitly, and through ServiceLoader by its provider's id. */
class HostAccessPolicyProviderTest {

  @Test
  void theProviderCreatesThePolicyOverTheSampleDirectory() {
    HostAccessPolicyProvider provider = new HostAccessPolicyProvider();
    assertThat(provider.id()).isEqualTo("example-host");
    HostAccessPolicy policy = (HostAccessPolicy) provider.create(Map.of());
    assertThat(policy.id()).isEqualTo("example-host");
    assertThat(policy.directory().vipScopes()).containsExactly("110105001009");
  }

  @Test
  void theVipCatchmentIsASetting() {
    HostAccessPolicy policy = (HostAccessPolicy) new HostAccessPolicyProvider()
        .create(Map.of(HostAccessPolicyProvider.VIP_SCOPES, "110105001003, 110105001009"));
    assertThat(policy.directory().vipScopes()).containsExactlyInAnyOrder("110105001003", "110105001009");
  }

  @Test
  void aMisspeltOrMalformedSettingIsRefused() {
    HostAccessPolicyProvider provider = new HostAccessPolicyProvider();
    assertThatThrownBy(() -> provider.create(Map.of("vip-scope", "110105001009")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vip-scope").hasMessageContaining("vip-scopes");
    assertThatThrownBy(() -> provider.create(Map.of("vip-scopes", "110105001009,")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> provider.create(Map.of("vip-scopes", "干休所")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void explicitlyAsAnInstance() {
    try (CommunityHealth health = CommunityHealth.builder()
        .store(InMemoryRecordStore.create())
        .accessPolicy(HostAccessPolicy.of(StaffDirectory.sample()))
        .providers(Providers.none())
        .build()) {
      assertThat(health.accessPolicy().id()).isEqualTo("example-host");
    }
  }

  @Test
  void explicitlyAsAProviderSelectedById() {
    try (CommunityHealth health = CommunityHealth.builder()
        .store(InMemoryRecordStore.create())
        .providers(Providers.of(List.of(), List.of(new HostAccessPolicyProvider()), List.of()))
        .accessPolicy("example-host", Map.of("vip-scopes", "110105001009"))
        .build()) {
      assertThat(health.accessPolicy()).isInstanceOf(HostAccessPolicy.class);
    }
  }

  @Test
  void discoveredThroughServiceLoaderBesideTheBuiltInPolicy() {
    Providers found = Providers.discover(HostAccessPolicyProvider.class.getClassLoader());
    assertThat(found.accessPolicyIds()).contains("example-host", "weisheng-default");
    try (CommunityHealth health = CommunityHealth.builder()
        .store(InMemoryRecordStore.create())
        .accessPolicy("example-host", Map.of()) // found by the builder's own discovery
        .build()) {
      assertThat(health.accessPolicy()).isInstanceOf(HostAccessPolicy.class);
    }
  }

  @Test
  void withDiscoveryOffTheIdIsUnknownAndNothingFallsBack() {
    assertThatThrownBy(() -> CommunityHealth.builder()
            .store(InMemoryRecordStore.create())
            .providers(Providers.none())
            .accessPolicy("example-host", Map.of())
            .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("example-host");
  }

  @Test
  void twoProvidersWithOneIdAreAnError() {
    assertThatThrownBy(() -> Providers.of(List.of(),
            List.of(new HostAccessPolicyProvider(), new HostAccessPolicyProvider()), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'example-host'");
  }
}
