/**
 * The built-in access policy and the staff roles it knows.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.access;

import org.jspecify.annotations.NullMarked;
