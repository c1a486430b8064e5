/**
 * Chronic-disease management (慢病管理): the conditions the centres register (hypertension, type 2
 * diabetes, coronary heart disease, stroke, cancer, COPD, chronic bronchitis) with their ICD-10
 * codes, and each patient's enrolment in a programme (建档/纳入管理), its closure (结案/终止管理) and
 * re-enrolment; for hypertension (高血压) and type 2 diabetes (2型糖尿病), the measured values, the
 * per-visit classification (此次随访分类) with the next visit and referral (转诊 / 紧急转诊),
 * cardiovascular risk stratification (危险分层), management tiers (分级管理) and the screening rules —
 * each decision returned with the rules that produced it. Rules from archives-chronic-populations.md
 * §§1.3, 3–5; the facts tagged [S] or [U] there are data tables with documented defaults that a host
 * replaces per province or county.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.chronic;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
