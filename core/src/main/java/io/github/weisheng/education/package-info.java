/**
 * Health education (健康教育) after the basic public health service spec (健康教育服务规范, 3rd ed.,
 * 2017): activities of the spec's six types (printed materials, audio-video, bulletin boards, public
 * consultations, lectures, other) with their materials and attendance, and the yearly compliance
 * of an institution against the spec's minimums, each shortfall named. Rules from
 * immunization-sanitation-education-standards-privacy.md §4; the minimums are data with the spec's
 * values as defaults.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.education;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
