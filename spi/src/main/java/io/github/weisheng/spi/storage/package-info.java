/**
 * The storage contract: a narrow, versioned record store. Records of a <em>kind</em> carry an id, a
 * version that only grows, an owning org-unit scope, an opaque body, secondary index entries, and
 * the full history of every version (留痕: who, when and why). Writes go in atomic commits with
 * optimistic concurrency: a write that expects a stale version is rejected, never merged.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.spi.storage;

import org.jspecify.annotations.NullMarked;
