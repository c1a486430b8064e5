/**
 * The entry point: {@link io.github.weisheng.CommunityHealth}, wired explicitly with a record store,
 * an access policy, an audit sink and a clock; every call that touches personal data runs for a
 * principal ({@code health.as(principal)}).
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
