package io.github.weisheng.internal;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns identity numbers into record ids that do not reveal them: HMAC-SHA256 under a random
 * 256-bit key kept in the store itself (record {@code weisheng.meta/identity-key}, created on first
 * use). A plain hash would not do: an 18-digit ID number has so few possible values that a hash is
 * reversed by enumeration. The key stays with the data, so this protects ids in logs, audit trails
 * and exports, not against someone who holds the whole store.
 */
public final class IdentityKeys {
  private static final RecordKey KEY = RecordKey.of("weisheng.meta", "identity-key");

  private final SecretKeySpec key;

  private IdentityKeys(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /**
   * Loads the store's identity key, creating it on first use (safe when several processes race).
   *
   * @param store the store
   * @param clock the clock for the creating commit
   * @return the keys
   */
  public static IdentityKeys load(RecordStore store, Clock clock) {
    for (int attempt = 0; attempt < 3; attempt++) {
      var existing = store.read(KEY);
      if (existing.isPresent()) {
        return new IdentityKeys(existing.get().body());
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        store.commit(Commit.of("weisheng", "identity-key.create", clock.instant(),
            List.of(RecordWrite.create(KEY, "weisheng", fresh, Set.of()))));
        return new IdentityKeys(fresh);
      } catch (StaleVersionException raced) {
        // another process created it first: read theirs
      }
    }
    StoredRecord record = store.read(KEY).orElseThrow();
    return new IdentityKeys(record.body());
  }

  /**
   * Returns the record id for an identity number.
   *
   * @param identity the normalised identity (for example the 18-character ID number)
   * @return 64 hex characters
   */
  public String idOf(String identity) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
