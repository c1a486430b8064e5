package io.github.weisheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.tck.ServiceDeclarations;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.store.InMemoryRecordStoreProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  @Test
  void discoveryFindsTheBuiltInProvidersById() {
    Providers found = Providers.discover(CommunityHealth.class.getClassLoader());
    assertThat(found.storeIds()).contains("in-memory");
    assertThat(found.accessPolicyIds()).contains("weisheng-default");
    assertThat(found.auditSinkIds()).contains("weisheng-slf4j");
  }

  @Test
  void twoProvidersWithOneIdAreAnError() {
    assertThatThrownBy(() -> Providers.of(
            List.of(new InMemoryRecordStoreProvider(), new InMemoryRecordStoreProvider()), List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two record-store providers have the id 'in-memory'");
  }

  @Test
  void reportRenderersAreIndexedByFormatIdAndDuplicatesRefused() {
    ReportRendererProvider html = new NamedRenderer("html");
    Providers providers = Providers.of(List.of(), List.of(), List.of(), List.of(html, new NamedRenderer("csv")));
    assertThat(providers.rendererIds()).containsExactlyInAnyOrder("csv", "html");
    assertThat(providers.renderer("html")).containsSame(html);
    assertThat(providers.renderer("docx")).isEmpty();
    assertThatThrownBy(() -> Providers.of(List.of(), List.of(), List.of(), List.of(html, new NamedRenderer("html"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two report-renderer providers have the id 'html'");
  }

  /** A renderer provider that only has a name: indexing never creates the renderer. */
  private record NamedRenderer(String id) implements ReportRendererProvider {
    @Override
    public ReportRenderer create() {
      throw new AssertionError("indexing must not create renderers");
    }
  }

  @Test
  void aStoreSelectedByIdIsOpenedAndOwnedByTheEntryPoint() {
    try (CommunityHealth health = CommunityHealth.builder()
        .store("in-memory", Map.of())
        .accessPolicy("weisheng-default", Map.of())
        .auditSink("weisheng-slf4j", Map.of())
        .clock(Fixtures.CLOCK)
        .build()) {
      assertThat(health.store()).isInstanceOf(InMemoryRecordStore.class);
      assertThat(health.accessPolicy().id()).isEqualTo(DefaultAccessPolicy.ID);
      assertThat(health.auditSink().id()).isEqualTo("weisheng-slf4j");
      health.as(Fixtures.doctor()).archives().open(
          Fixtures.newArchive(Fixtures.resident(Fixtures.COMMITTEE_1, java.time.LocalDate.of(1960, 1, 1), 1)));
    }
  }

  @Test
  void anUnknownIdOrSwitchedOffDiscoveryIsAnErrorNotAFallback() {
    assertThatThrownBy(() -> CommunityHealth.builder().store("postgres-cluster", Map.of())
            .accessPolicy(DefaultAccessPolicy.defaults()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no record-store provider has the id 'postgres-cluster'")
        .hasMessageContaining("in-memory");
    assertThatThrownBy(() -> CommunityHealth.builder().providers(Providers.none()).store("in-memory", Map.of())
            .accessPolicy(DefaultAccessPolicy.defaults()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("found []");
  }

  @Test
  void anExplicitStoreAndAProviderSelectionCannotBothBeGiven() {
    assertThatThrownBy(() -> CommunityHealth.builder().store(InMemoryRecordStore.create()).store("in-memory", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store was already set");
    assertThatThrownBy(() -> CommunityHealth.builder().store("in-memory", Map.of()).store(InMemoryRecordStore.create()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store was already set to provider 'in-memory'");
  }

  @Test
  void theEmbeddedDefaultIsSelectableById(@org.junit.jupiter.api.io.TempDir Path dir) {
    try (CommunityHealth health = CommunityHealth.builder()
        .store("h2-file", Map.of("directory", dir.toString()))
        .accessPolicy(DefaultAccessPolicy.defaults())
        .build()) {
      assertThat(health.store()).isInstanceOf(io.github.weisheng.store.jdbc.JdbcRecordStore.class);
    }
    assertThat(dir.resolve("weisheng.mv.db")).exists();
    assertThatThrownBy(() -> CommunityHealth.builder().store("h2-file", Map.of())
            .accessPolicy(DefaultAccessPolicy.defaults()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directory");
  }

  @Test
  void aHostStoreIsNotClosedByTheEntryPoint() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    Fixtures.health(store).close();
    assertThat(store.read(io.github.weisheng.spi.storage.RecordKey.of("x", "y"))).isEmpty();
  }

  @Test
  void moduleInfoProvidesAgreeWithMetaInfServices() {
    Map<String, Set<String>> provides = ServiceDeclarations.assertAgree(Path.of("src/main"));
    Module core = CommunityHealth.class.getModule();
    if (core.isNamed()) {
      assertThat(core.getDescriptor().provides()).hasSize(provides.size());
    }
    RecordStore opened = new InMemoryRecordStoreProvider().open(Map.of());
    assertThat(opened).isInstanceOf(InMemoryRecordStore.class);
  }
}
