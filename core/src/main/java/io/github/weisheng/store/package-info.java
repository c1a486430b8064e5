/**
 * The built-in record stores (providers of {@link io.github.weisheng.spi.storage.RecordStore}).
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.store;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
