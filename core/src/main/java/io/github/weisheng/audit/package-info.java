/**
 * The built-in audit sinks: one that appends to the record store (the default), one that writes to
 * SLF4J.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.audit;

import org.jspecify.annotations.NullMarked;
