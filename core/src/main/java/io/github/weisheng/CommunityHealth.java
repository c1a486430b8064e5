package io.github.weisheng;

import io.github.weisheng.archive.DynamicArchivePolicy;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.IdentityKeys;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.storage.RecordStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
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
public final class CommunityHealth {
  private final RecordStore store;
  private final AccessPolicy accessPolicy;
  private final AuditSink auditSink;
  private final Clock clock;
  private final DynamicArchivePolicy dynamicArchivePolicy;
  private final JsonCodec json;
  private final IdentityKeys identityKeys;

  private CommunityHealth(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store");
    this.accessPolicy = Objects.requireNonNull(b.accessPolicy, "accessPolicy");
    this.clock = b.clock != null ? b.clock : Clock.system(ZoneId.of("Asia/Shanghai"));
    this.auditSink = b.auditSink != null ? b.auditSink : StoreAuditSink.of(store);
    this.dynamicArchivePolicy = b.dynamicArchivePolicy != null ? b.dynamicArchivePolicy : DynamicArchivePolicy.defaults();
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
    return new HealthSession(principal, store, accessPolicy, auditSink, clock, json, identityKeys, dynamicArchivePolicy);
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

  /** @return the dynamic-archive policy */
  public DynamicArchivePolicy dynamicArchivePolicy() {
    return dynamicArchivePolicy;
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

    private Builder() {}

    /**
     * Sets the record store (required).
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(RecordStore store) {
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
     * Builds the entry point; loads (or on first use creates) the store's identity key.
     *
     * @return the entry point
     * @throws IllegalStateException when the store or the access policy is missing
     */
    public CommunityHealth build() {
      if (store == null) {
        throw new IllegalStateException("store is required: storage never falls back to a no-op");
      }
      if (accessPolicy == null) {
        throw new IllegalStateException("accessPolicy is required: access never falls back to allow-all");
      }
      return new CommunityHealth(this);
    }

    private static <T> T once(@Nullable T current, T value, String name) {
      Objects.requireNonNull(value, name);
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
      return value;
    }
  }
}
