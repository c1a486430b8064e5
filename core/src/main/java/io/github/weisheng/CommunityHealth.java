package io.github.weisheng;

import io.github.weisheng.access.Masking;
import io.github.weisheng.archive.DynamicArchivePolicy;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.chronic.ChronicCarePolicy;
import io.github.weisheng.internal.IdentityKeys;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.storage.RecordStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of Weisheng: one community health service centre's (or a whole HIS's) records,
 * wired explicitly with a record store, an access policy, an audit sink and a clock.
 *
 * <pre>{@code
 * CommunityHealth health = CommunityHealth.builder()
 *     .store(JdbcRecordStore.openH2File(Path.of("data")))
 *     .accessPolicy(DefaultAccessPolicy.defaults())
 *     .build();
 * HealthSession doctor = health.as(Principal.of("dr-wang", Set.of("family-doctor"), Set.of("110105001")));
 * Recorded<HealthArchive> archive = doctor.archives().open(request);
 * }</pre>
 *
 * <p>The store and the access policy are required: nothing falls back silently to a no-op. The
 * audit sink defaults to {@link StoreAuditSink} on the same store; the clock to the system clock in
 * China Standard Time (Asia/Shanghai), from which "today" is taken. Instances are thread-safe and
 * hold no global state; the store is the caller's to close.
 *
 * @since 0.1.0
 */
public final class CommunityHealth implements AutoCloseable {
  private final RecordStore store;
  private final AccessPolicy accessPolicy;
  private final AuditSink auditSink;
  private final Clock clock;
  private final DynamicArchivePolicy dynamicArchivePolicy;
  private final JsonCodec json;
  private final IdentityKeys identityKeys;
  private final boolean ownsStore;
  private final Masking masking;
  private final ChronicCarePolicy chronicCarePolicy;

  private CommunityHealth(Builder b, RecordStore store, AccessPolicy accessPolicy, @Nullable AuditSink auditSink,
      boolean ownsStore) {
    this.store = store;
    this.accessPolicy = accessPolicy;
    this.ownsStore = ownsStore;
    this.clock = b.clock != null ? b.clock : Clock.system(ZoneId.of("Asia/Shanghai"));
    this.auditSink = auditSink != null ? auditSink : StoreAuditSink.of(store);
    this.dynamicArchivePolicy = b.dynamicArchivePolicy != null ? b.dynamicArchivePolicy : DynamicArchivePolicy.defaults();
    this.masking = b.masking != null ? b.masking : Masking.defaults();
    this.chronicCarePolicy = b.chronicCarePolicy != null ? b.chronicCarePolicy : ChronicCarePolicy.defaults();
    this.json = JsonCodec.create();
    this.identityKeys = IdentityKeys.load(store, clock);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a session acting for a principal: every call it makes is checked by the access policy
   * and audited under the principal's id.
   *
   * @param principal who acts (from the host's login)
   * @return the session
   */
  public HealthSession as(Principal principal) {
    return new HealthSession(
        principal, store, accessPolicy, auditSink, clock, json, identityKeys, dynamicArchivePolicy, masking,
        chronicCarePolicy);
  }

  /** @return the record store */
  public RecordStore store() {
    return store;
  }

  /** @return the access policy */
  public AccessPolicy accessPolicy() {
    return accessPolicy;
  }

  /** @return the audit sink */
  public AuditSink auditSink() {
    return auditSink;
  }

  /** @return the clock */
  public Clock clock() {
    return clock;
  }

  /** @return the chronic-care tables: targets, tiers, yearly standard, worklist thresholds */
  public ChronicCarePolicy chronicCarePolicy() {
    return chronicCarePolicy;
  }

  /** @return the dynamic-archive policy */
  public DynamicArchivePolicy dynamicArchivePolicy() {
    return dynamicArchivePolicy;
  }

  /** @return how identifiers are masked for de-identified views */
  public Masking masking() {
    return masking;
  }

  /**
   * Closes the record store if this entry point opened it from a provider ({@link
   * Builder#store(String, Map)}); a store the host passed in stays the host's to close.
   */
  @Override
  public void close() {
    if (ownsStore) {
      store.close();
    }
  }

  /**
   * Builds a {@link CommunityHealth}. Each setting may be given once: a second call is an {@link
   * IllegalStateException} (it would silently replace the first).
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable RecordStore store;
    private @Nullable AccessPolicy accessPolicy;
    private @Nullable AuditSink auditSink;
    private @Nullable Clock clock;
    private @Nullable DynamicArchivePolicy dynamicArchivePolicy;
    private @Nullable Selection storeSelection;
    private @Nullable Selection accessPolicySelection;
    private @Nullable Selection auditSinkSelection;
    private @Nullable Providers providers;
    private @Nullable Masking masking;
    private @Nullable ChronicCarePolicy chronicCarePolicy;

    private Builder() {}

    /**
     * Sets where providers selected by id come from (default: {@link Providers#discover} with this
     * library's class loader, run only when an id is selected). {@link Providers#none()} switches
     * discovery off.
     *
     * @param providers the providers
     * @return this builder
     */
    public Builder providers(Providers providers) {
      this.providers = once(this.providers, providers, "providers");
      return this;
    }

    /**
     * Selects a record-store provider by id and opens a store from it when building; the entry
     * point then owns the store and closes it in {@link CommunityHealth#close()}.
     *
     * @param providerId the provider's id, for example {@code h2-file}
     * @param settings its settings, for example {@code directory}
     * @return this builder
     */
    public Builder store(String providerId, Map<String, String> settings) {
      requireUnset(store, "store");
      this.storeSelection = once(this.storeSelection, Selection.of(providerId, settings), "store");
      return this;
    }

    /**
     * Selects an access-policy provider by id.
     *
     * @param providerId the provider's id, for example {@code weisheng-default}
     * @param settings its settings
     * @return this builder
     */
    public Builder accessPolicy(String providerId, Map<String, String> settings) {
      requireUnset(accessPolicy, "accessPolicy");
      this.accessPolicySelection = once(this.accessPolicySelection, Selection.of(providerId, settings), "accessPolicy");
      return this;
    }

    /**
     * Selects an audit-sink provider by id.
     *
     * @param providerId the provider's id, for example {@code weisheng-slf4j}
     * @param settings its settings
     * @return this builder
     */
    public Builder auditSink(String providerId, Map<String, String> settings) {
      requireUnset(auditSink, "auditSink");
      this.auditSinkSelection = once(this.auditSinkSelection, Selection.of(providerId, settings), "auditSink");
      return this;
    }

    /**
     * Sets the record store (required).
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(RecordStore store) {
      requireUnset(storeSelection, "store");
      this.store = once(this.store, store, "store");
      return this;
    }

    /**
     * Sets the access policy (required).
     *
     * @param accessPolicy the policy
     * @return this builder
     */
    public Builder accessPolicy(AccessPolicy accessPolicy) {
      requireUnset(accessPolicySelection, "accessPolicy");
      this.accessPolicy = once(this.accessPolicy, accessPolicy, "accessPolicy");
      return this;
    }

    /**
     * Sets the audit sink (default: {@link StoreAuditSink} on the store).
     *
     * @param auditSink the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink auditSink) {
      requireUnset(auditSinkSelection, "auditSink");
      this.auditSink = once(this.auditSink, auditSink, "auditSink");
      return this;
    }

    /**
     * Sets the clock (default: the system clock in Asia/Shanghai).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = once(this.clock, clock, "clock");
      return this;
    }

    /**
     * Sets how identifiers are masked for de-identified views (default: {@link Masking#defaults()}).
     *
     * @param masking the masks
     * @return this builder
     */
    public Builder masking(Masking masking) {
      this.masking = once(this.masking, masking, "masking");
      return this;
    }

    /**
     * Sets when an archive counts as dynamic (default: {@link DynamicArchivePolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder dynamicArchivePolicy(DynamicArchivePolicy policy) {
      this.dynamicArchivePolicy = once(this.dynamicArchivePolicy, policy, "dynamicArchivePolicy");
      return this;
    }

    /**
     * Sets the chronic-care tables (default: {@link ChronicCarePolicy#defaults()}).
     *
     * @param policy the tables
     * @return this builder
     */
    public Builder chronicCarePolicy(ChronicCarePolicy policy) {
      this.chronicCarePolicy = once(this.chronicCarePolicy, policy, "chronicCarePolicy");
      return this;
    }

    /**
     * Builds the entry point; loads (or on first use creates) the store's identity key.
     *
     * @return the entry point
     * @throws IllegalStateException when the store or the access policy is missing
     */
    public CommunityHealth build() {
      if (store == null && storeSelection == null) {
        throw new IllegalStateException("store is required: storage never falls back to a no-op");
      }
      if (accessPolicy == null && accessPolicySelection == null) {
        throw new IllegalStateException("accessPolicy is required: access never falls back to allow-all");
      }
      AccessPolicy policy = accessPolicy != null ? accessPolicy
          : select(accessPolicySelection, "access-policy", found()::accessPolicy, found().accessPolicyIds())
              .create(accessPolicySelection.settings());
      AuditSink sink = auditSink != null || auditSinkSelection == null ? auditSink
          : select(auditSinkSelection, "audit-sink", found()::auditSink, found().auditSinkIds())
              .create(auditSinkSelection.settings());
      if (store != null) {
        return new CommunityHealth(this, store, policy, sink, false);
      }
      RecordStore opened = select(storeSelection, "record-store", found()::store, found().storeIds())
          .open(storeSelection.settings());
      try {
        return new CommunityHealth(this, opened, policy, sink, true);
      } catch (RuntimeException e) {
        opened.close();
        throw e;
      }
    }

    private Providers found() {
      if (providers == null) {
        providers = Providers.discover(CommunityHealth.class.getClassLoader());
      }
      return providers;
    }

    private static <T> T select(Selection selection, String kind, Function<String, Optional<T>> lookup, Set<String> ids) {
      return lookup.apply(selection.id()).orElseThrow(() -> new IllegalStateException(
          "no " + kind + " provider has the id '" + selection.id() + "'; found " + ids));
    }

    private static void requireUnset(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }

    private static <T> T once(@Nullable T current, T value, String name) {
      Objects.requireNonNull(value, name);
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
      return value;
    }
  }

  /** A provider chosen by id, with its settings. */
  private record Selection(String id, Map<String, String> settings) {
    static Selection of(String id, Map<String, String> settings) {
      return new Selection(Objects.requireNonNull(id, "providerId"), Map.copyOf(Objects.requireNonNull(settings, "settings")));
    }

    @Override
    public String toString() {
      return "provider '" + id + "'";
    }
  }
}
