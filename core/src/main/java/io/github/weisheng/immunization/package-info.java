/**
 * Immunization (预防接种): the national immunization programme (国家免疫规划, NIP) schedule as
 * versioned data ({@link io.github.weisheng.immunization.ImmunizationSchedule}, 免疫程序), the
 * programme's age arithmetic ({@link io.github.weisheng.immunization.ProgrammeAge}, 月龄 / 周岁),
 * the evaluation of each recorded dose ({@link io.github.weisheng.immunization.DoseEvaluation}), and
 * the forecast of the next dose of every series with its catch-up (补种) ({@link
 * io.github.weisheng.immunization.ImmunizationRecommendation}) — the two halves of the FHIR
 * Immunization Decision Support (ImmDS) shape.
 *
 * <p>Rules from shared/domain/immunization-sanitation-education-standards-privacy.md §§1–2; facts
 * tagged [S] or [U] there are data (the schedule resource and its catch-up table) with documented
 * defaults that a host replaces or extends per province.
 *
 * @since 0.1.0
 */
@NullMarked
@WeishengStyle
package io.github.weisheng.immunization;

import io.github.weisheng.internal.WeishengStyle;
import org.jspecify.annotations.NullMarked;
