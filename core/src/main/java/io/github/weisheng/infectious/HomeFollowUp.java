package io.github.weisheng.infectious;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A follow-up of an infectious-disease case (传染病病例随访), usually at home (上门随访): the case, the
 * patient's archive, the day, how (at home, at the clinic, by phone: {@link VisitMode}) and what
 * was done, as codes ({@link FollowUpAction}: temperature check, disinfection guidance …) — no free
 * text, so nothing personal is written. The seed's 片医 "主动上门为患儿监测体温，指导家庭消杀，直至其解除隔离"
 * is one such follow-up a day until the case's isolation is lifted [S] (seed, 南大街).
 *
 * <p>Rule (field {@code homeFollowUp.actions}): {@code infectious.followUp.actions} (at least one
 * action).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHomeFollowUp.class)
@JsonDeserialize(as = ImmutableHomeFollowUp.class)
public abstract class HomeFollowUp {
  HomeFollowUp() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the follow-up's id */
  public abstract HomeFollowUpId id();

  /** @return the case followed up */
  public abstract CaseReportId caseReport();

  /** @return the patient's archive (the case's) */
  public abstract ArchiveNumber archive();

  /** @return the day */
  public abstract LocalDate date();

  /** @return how: at home (上门), at the clinic or by phone */
  public abstract VisitMode mode();

  /** @return what was done */
  public abstract Set<FollowUpAction> actions();

  @Value.Check
  void check() {
    new Violations().require(!actions().isEmpty(), "homeFollowUp.actions", "infectious.followUp.actions")
        .throwIfAny();
  }

  /** Builds {@link HomeFollowUp}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableHomeFollowUp.Builder {
    Builder() {}
  }
}
