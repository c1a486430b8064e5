/**
 * Chronic-disease management (慢病管理): the conditions the centres register (hypertension, type 2
 * diabetes, coronary heart disease, stroke, cancer, COPD, chronic bronchitis) with their ICD-10
 * codes, and each patient's enrolment in a programme (建档/纳入管理), its closure (结案/终止管理) and
 * re-enrolment; rules from archives-chronic-populations.md §§1.3, 3–5.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.chronic;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
