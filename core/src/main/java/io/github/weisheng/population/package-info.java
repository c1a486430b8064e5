/**
 * Key populations (重点人群健康管理) besides hypertension and diabetes: the elderly aged 65 and over
 * (老年人健康管理), children 0–6 (0～6岁儿童健康管理), maternal care (孕产妇健康管理), severe mental
 * disorders (严重精神障碍患者管理) and pulmonary tuberculosis (肺结核患者健康管理). One mechanism serves
 * every group: a service due in a {@link io.github.weisheng.population.ServiceWindow} (or within a
 * {@link io.github.weisheng.population.ServiceDeadline} of hours), the services due or overdue per
 * person ({@link io.github.weisheng.population.DueService}), and a per-person status for each
 * indicator with the rules that decided it ({@link io.github.weisheng.population.IndicatorStatus}).
 * Rules from archives-chronic-populations.md §1.2 and §6 (indicators §7); the facts tagged [S] or
 * [U] there are tables with documented defaults that a host replaces.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.population;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
