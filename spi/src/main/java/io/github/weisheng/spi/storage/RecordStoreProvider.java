package io.github.weisheng.spi.storage;

import java.util.Map;

/**
 * A light factory of {@link RecordStore}s that {@link java.util.ServiceLoader} finds: a public
 * no-argument constructor that does no I/O; the store is opened only by {@link #open}. Declare it in
 * both {@code module-info} ({@code provides}) and {@code META-INF/services}.
 *
 * @since 0.1.0
 */
public interface RecordStoreProvider {

  /**
   * Returns the provider's unique id, by which a host selects it (for example {@code h2-file}).
   *
   * @return the id
   */
  String id();

  /**
   * Opens a store.
   *
   * @param settings the provider's settings, documented by each provider (for example {@code
   *     directory}); never personal data
   * @return the store, which the caller closes
   * @throws IllegalArgumentException when a setting is missing or malformed
   * @throws StoreException when the store cannot be opened
   */
  RecordStore open(Map<String, String> settings);
}
