/**
 * Implementation details shared by the core packages; not exported.
 */
@NullMarked
package io.github.weisheng.internal;

import org.jspecify.annotations.NullMarked;
