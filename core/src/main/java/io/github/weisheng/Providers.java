package io.github.weisheng;

import io.github.weisheng.spi.access.AccessPolicyProvider;
import io.github.weisheng.spi.audit.AuditSinkProvider;
import io.github.weisheng.spi.report.ReportRendererProvider;
import io.github.weisheng.spi.storage.RecordStoreProvider;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider factories a {@link CommunityHealth} may select by id: found with {@link
 * ServiceLoader} ({@link #discover}) or given explicitly ({@link #of}). Ids are unique per kind: two
 * providers with one id are an error, never a silent choice. Every provider found is logged with its
 * id, class, version and jar.
 *
 * @since 0.1.0
 */
public final class Providers {
  private static final Logger LOG = LoggerFactory.getLogger(Providers.class);
  private static final Providers NONE = new Providers(Map.of(), Map.of(), Map.of(), Map.of());

  private final Map<String, RecordStoreProvider> stores;
  private final Map<String, AccessPolicyProvider> policies;
  private final Map<String, AuditSinkProvider> sinks;
  private final Map<String, ReportRendererProvider> renderers;

  private Providers(
      Map<String, RecordStoreProvider> stores,
      Map<String, AccessPolicyProvider> policies,
      Map<String, AuditSinkProvider> sinks,
      Map<String, ReportRendererProvider> renderers) {
    this.stores = stores;
    this.policies = policies;
    this.sinks = sinks;
    this.renderers = renderers;
  }

  /**
   * Returns no providers: discovery switched off.
   *
   * @return the empty set
   */
  public static Providers none() {
    return NONE;
  }

  /**
   * Finds the providers visible to a class loader (and, on the module path, the modules that
   * {@code provides} them).
   *
   * @param loader the class loader to search
   * @return the providers
   * @throws IllegalStateException when two providers of one kind share an id
   */
  public static Providers discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return of(
        load(RecordStoreProvider.class, loader),
        load(AccessPolicyProvider.class, loader),
        load(AuditSinkProvider.class, loader),
        load(ReportRendererProvider.class, loader));
  }

  /**
   * Returns an explicit set of providers.
   *
   * @param stores record-store providers
   * @param policies access-policy providers
   * @param sinks audit-sink providers
   * @return the providers
   * @throws IllegalStateException when two providers of one kind share an id
   */
  public static Providers of(
      List<? extends RecordStoreProvider> stores,
      List<? extends AccessPolicyProvider> policies,
      List<? extends AuditSinkProvider> sinks) {
    return of(stores, policies, sinks, List.of());
  }

  /**
   * Returns an explicit set of providers, report renderers included.
   *
   * @param stores record-store providers
   * @param policies access-policy providers
   * @param sinks audit-sink providers
   * @param renderers report-renderer providers
   * @return the providers
   * @throws IllegalStateException when two providers of one kind share an id
   */
  public static Providers of(
      List<? extends RecordStoreProvider> stores,
      List<? extends AccessPolicyProvider> policies,
      List<? extends AuditSinkProvider> sinks,
      List<? extends ReportRendererProvider> renderers) {
    return new Providers(
        index(stores, RecordStoreProvider::id, "record-store"),
        index(policies, AccessPolicyProvider::id, "access-policy"),
        index(sinks, AuditSinkProvider::id, "audit-sink"),
        index(renderers, ReportRendererProvider::id, "report-renderer"));
  }

  private static <T> List<T> load(Class<T> type, ClassLoader loader) {
    List<T> found = new ArrayList<>();
    ServiceLoader.load(type, loader).forEach(found::add);
    return found;
  }

  private static <T> Map<String, T> index(List<? extends T> providers, Function<T, String> id, String kind) {
    Map<String, T> byId = new TreeMap<>();
    for (T provider : providers) {
      String key = Objects.requireNonNull(id.apply(provider), kind + " provider id");
      T earlier = byId.putIfAbsent(key, provider);
      if (earlier != null) {
        throw new IllegalStateException("two " + kind + " providers have the id '" + key + "': "
            + earlier.getClass().getName() + " and " + provider.getClass().getName());
      }
      LOG.info("Weisheng {} provider '{}': {} {} from {}", kind, key, provider.getClass().getName(),
          version(provider.getClass()), origin(provider.getClass()));
    }
    return Map.copyOf(byId);
  }

  private static String version(Class<?> type) {
    Optional<String> fromModule = type.getModule().getDescriptor() == null
        ? Optional.empty()
        : type.getModule().getDescriptor().rawVersion();
    String fromPackage = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return fromModule.orElse(fromPackage == null ? "(unversioned)" : fromPackage);
  }

  private static String origin(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    return location == null ? "(unknown jar)" : location.toString();
  }

  /** @return the ids of the record-store providers */
  public Set<String> storeIds() {
    return stores.keySet();
  }

  /** @return the ids of the access-policy providers */
  public Set<String> accessPolicyIds() {
    return policies.keySet();
  }

  /** @return the ids of the audit-sink providers */
  public Set<String> auditSinkIds() {
    return sinks.keySet();
  }

  /** @return the ids of the report-renderer providers (format ids) */
  public Set<String> rendererIds() {
    return renderers.keySet();
  }

  /**
   * Returns a report-renderer provider.
   *
   * @param id its id, the format id
   * @return the provider, or empty
   */
  public Optional<ReportRendererProvider> renderer(String id) {
    return Optional.ofNullable(renderers.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a record-store provider.
   *
   * @param id its id
   * @return the provider, or empty
   */
  public Optional<RecordStoreProvider> store(String id) {
    return Optional.ofNullable(stores.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an access-policy provider.
   *
   * @param id its id
   * @return the provider, or empty
   */
  public Optional<AccessPolicyProvider> accessPolicy(String id) {
    return Optional.ofNullable(policies.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an audit-sink provider.
   *
   * @param id its id
   * @return the provider, or empty
   */
  public Optional<AuditSinkProvider> auditSink(String id) {
    return Optional.ofNullable(sinks.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public String toString() {
    return "Providers[stores " + stores.keySet() + ", access policies " + policies.keySet() + ", audit sinks "
        + sinks.keySet() + ", renderers " + renderers.keySet() + "]";
  }
}
