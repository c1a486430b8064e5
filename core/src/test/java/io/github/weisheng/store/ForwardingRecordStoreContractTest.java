package io.github.weisheng.store;

import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.tck.RecordStoreContract;

/**
 * A {@link ForwardingRecordStore} that changes nothing honours the whole storage contract of the
 * store it wraps: the in-memory store behind a bare wrapper passes the storage TCK.
 */
class ForwardingRecordStoreContractTest extends RecordStoreContract {
  @Override
  protected RecordStore openEmptyStore() {
    return new ForwardingRecordStore(InMemoryRecordStore.create()) { };
  }
}
