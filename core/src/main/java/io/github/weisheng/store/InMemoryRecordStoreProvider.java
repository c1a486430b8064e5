package io.github.weisheng.store;

import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordStoreProvider;
import java.util.Map;
import java.util.Objects;

/**
 * Provides {@link InMemoryRecordStore}s under the id {@code in-memory}; takes no settings. Each
 * {@link #open} gives a new, empty store.
 *
 * @since 0.1.0
 */
public final class InMemoryRecordStoreProvider implements RecordStoreProvider {

  /** The provider id. */
  public static final String ID = "in-memory";

  /** Creates the factory; does nothing else. */
  public InMemoryRecordStoreProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RecordStore open(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    return InMemoryRecordStore.create();
  }
}
