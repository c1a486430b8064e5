/**
 * Residents and households: citizen ID numbers (GB 11643), sex (GB/T 2261.1), ethnicity (GB/T 3304), residency, and households with dated membership and one head at a time.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.resident;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
