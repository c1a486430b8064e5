/**
 * The built-in access policy, the staff roles it knows, and the masking (脱敏) of personal
 * identifiers for roles that may see de-identified rows only.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.access;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
