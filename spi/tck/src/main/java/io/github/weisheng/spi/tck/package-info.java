/**
 * Contract tests for Weisheng providers: {@link io.github.weisheng.spi.tck.RecordStoreContract} for
 * a {@link io.github.weisheng.spi.storage.RecordStore} and {@link
 * io.github.weisheng.spi.tck.AccessPolicyContract} for an {@link
 * io.github.weisheng.spi.access.AccessPolicy}. Each test's display name names the contract clause it
 * checks.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.spi.tck;

import org.jspecify.annotations.NullMarked;
