/**
 * Resident health archives (居民健康档案): the 17-digit archive number, the personal basic-information form (个人基本信息表), and the lifecycle — open, amend, transfer, death, loss to follow-up, cancellation — with every version kept (留痕).
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.archive;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
