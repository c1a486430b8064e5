/**
 * The audit contract: an {@link io.github.weisheng.spi.audit.AuditEvent} for every write, every
 * read of personal data and every export, allowed or denied.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.spi.audit;

import org.jspecify.annotations.NullMarked;
