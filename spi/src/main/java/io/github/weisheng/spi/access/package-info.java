/**
 * The access contract: a host-supplied {@link io.github.weisheng.spi.access.Principal} asks to
 * perform an {@link io.github.weisheng.spi.access.Action} on a
 * {@link io.github.weisheng.spi.access.Resource}; an
 * {@link io.github.weisheng.spi.access.AccessPolicy} decides. Anything not allowed is denied.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.spi.access;

import org.jspecify.annotations.NullMarked;
