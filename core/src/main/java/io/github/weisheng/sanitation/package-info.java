/**
 * Sanitation (爱国卫生): Patriotic Health Campaign drives (爱国卫生月, 除四害, 创建国家卫生城市/文明城市,
 * local drives) with goals and their completion; community activities with typed measured outputs
 * (清理卫生死角 处, 清运垃圾 吨, 投放灭鼠药 袋 …) and their totals; four-pest vector-density surveys
 * graded A/B/C/below C after GB/T 27770–27773-2011; and 门前三包 (frontage responsibility) units,
 * agreements, inspections and rectification notices. Rules from
 * immunization-sanitation-education-standards-privacy.md §3; the facts tagged [S] or UNC there are
 * data tables with documented defaults that a host replaces.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.sanitation;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
