package io.github.weisheng.examples.cli;

import io.github.weisheng.chronic.AdverseReaction;
import io.github.weisheng.chronic.ComplicationChange;
import io.github.weisheng.chronic.VisitClassification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The flat {@code visit.json} of {@code weisheng followup} (docs/cli.md): the visit, its
 * measurements and the previous visit. Absent fields are null; defaults are applied when mapped.
 */
record VisitInput(
    LocalDate visitDate,
    Integer age,
    Integer systolic,
    Integer diastolic,
    BigDecimal fastingGlucose,
    AdverseReaction adverseReaction,
    ComplicationChange complication,
    List<String> dangerSigns,
    Boolean pregnantOrLactating,
    Boolean lowerTargetIndicated,
    VisitClassification previousClassification,
    Integer previousUnsatisfiedStreak,
    Integer routineIntervalDays) {}
