package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The school-entry check (儿童入托、入学预防接种证查验), §2 [C] CHK (NHC and Ministry of Education,
 * Feb 2021): for a child on the check date, complete or the doses to catch up; the clinic gives the
 * missing doses and records them on the assessment page. The completion assessment is due within
 * 30 days of term start or transfer; the school re-checks by the end of December [C] CHK.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchoolEntryCheck.class)
@JsonDeserialize(as = ImmutableSchoolEntryCheck.class)
public abstract class SchoolEntryCheck {
  /** Days after term start or transfer within which the assessment is checked, §2 [C] CHK. */
  public static final int ASSESSMENT_DAYS = 30;

  SchoolEntryCheck() {}

  /**
   * Returns the check of a child from an assessment on the check date.
   *
   * @param assessment the assessment on the check date
   * @param termStart the day term started or the child transferred in
   * @return the check
   */
  public static SchoolEntryCheck of(ImmunizationAssessment assessment, LocalDate termStart) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(termStart, "termStart");
    List<ImmunizationRecommendation> missing = assessment.recommendations().stream()
        .filter(r -> r.status().isActionable()).collect(Collectors.toList());
    return ImmutableSchoolEntryCheck.builder().checkedOn(assessment.assessmentDate()).termStart(termStart)
        .addAllDosesToCatchUp(missing).build();
  }

  /** @return the check date */
  public abstract LocalDate checkedOn();

  /** @return the day term started or the child transferred in */
  public abstract LocalDate termStart();

  /** @return the due, overdue and catch-up doses, by group in schedule order */
  public abstract List<ImmunizationRecommendation> dosesToCatchUp();

  /** @return true when nothing is to be caught up (完成全程接种) */
  @JsonIgnore
  public boolean isComplete() {
    return dosesToCatchUp().isEmpty();
  }

  /** @return the last day of the 30-day assessment window after term start */
  @JsonIgnore
  public LocalDate assessmentDueBy() {
    return termStart().plusDays(ASSESSMENT_DAYS);
  }

  /** @return the day by which the school re-checks the catch-up: 31 December of the term-start year */
  @JsonIgnore
  public LocalDate recheckBy() {
    return LocalDate.of(termStart().getYear(), 12, 31);
  }
}
