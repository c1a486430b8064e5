package io.github.weisheng.spi.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A record store that hands every call to another store (转发): extend it to add behaviour around a
 * store — count or time the calls, copy what is committed elsewhere, or, in a test, fail or race on
 * cue — overriding only the calls that change. Every method of {@link RecordStore}, its defaults
 * included, is forwarded, so the wrapped store's own {@link #readAll}, {@link #count} and {@link #findMatches} are kept;
 * a wrapper that forwards unchanged honours the whole contract of the store it wraps.
 *
 * <p>For example, counting look-ups:
 *
 * <pre>{@code
 * RecordStore counted = new ForwardingRecordStore(store) {
 *   @Override
 *   public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
 *     lookUps.incrementAndGet();
 *     return super.find(query, scope);
 *   }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class ForwardingRecordStore implements RecordStore {
  private final RecordStore delegate;

  /**
   * Wraps a store.
   *
   * @param delegate the store every call goes to
   */
  protected ForwardingRecordStore(RecordStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** @return the wrapped store */
  protected final RecordStore delegate() {
    return delegate;
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key) {
    return delegate.read(key);
  }

  @Override
  public Map<RecordKey, StoredRecord> readAll(Collection<RecordKey> keys) {
    return delegate.readAll(keys);
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key, long version) {
    return delegate.read(key, version);
  }

  @Override
  public List<StoredRecord> history(RecordKey key) {
    return delegate.history(key);
  }

  @Override
  public void commit(Commit commit) {
    delegate.commit(commit);
  }

  @Override
  public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
    return delegate.scan(kind, scope);
  }

  @Override
  public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
    return delegate.find(query, scope);
  }

  @Override
  public long count(IndexQuery query, ScopeFilter scope) {
    return delegate.count(query, scope);
  }

  @Override
  public Stream<IndexMatch> findMatches(IndexQuery query, ScopeFilter scope) {
    return delegate.findMatches(query, scope);
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Names the wrapper and the wrapped store's class; never a record. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + delegate.getClass().getSimpleName() + ")";
  }
}
