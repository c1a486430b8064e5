package io.github.weisheng.education;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.sanitation.AreaScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A health-education activity (健康教育活动记录) with the fields systems record: date, place, type,
 * organiser, partner, theme, attendance, materials by kind and quantity
 * (immunization-sanitation-education-standards-privacy.md §4 [HE-REC]); the institution it counts for
 * (a centre or station, for the yearly {@link EducationCompliance}); and for a bulletin-board issue,
 * which board (the host's label, for example 中心门诊宣传栏1).
 *
 * <p>Rules: {@code educationActivity.attendance} (field {@code attendance}: not negative), {@code
 * educationActivity.boardRequired} (field {@code board}: a bulletin-board issue names its board),
 * {@code education.text} (fields {@code place}, {@code organiser}, {@code partner}, {@code theme},
 * {@code board}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationActivity.class)
@JsonDeserialize(as = ImmutableEducationActivity.class)
public abstract class EducationActivity {
  EducationActivity() {}

  /** @return the activity's id */
  public abstract EducationActivityId id();

  /** @return the type */
  public abstract EducationActivityType type();

  /** @return the day it was held (for a board, the day the issue went up) */
  public abstract LocalDate heldOn();

  /** @return where, a public place */
  public abstract String place();

  /** @return who organised it */
  public abstract String organiser();

  /** @return who it was held with (合作伙伴), if anyone */
  public abstract Optional<String> partner();

  /** @return the centre or station it counts for */
  public abstract OrgUnitId institution();

  /** @return the area it served (its storage scope) */
  public abstract AreaScope scope();

  /** @return the theme (主题) */
  public abstract String theme();

  /** @return how many attended (人次); 0 (the default) for a board or a showing without a count */
  @Value.Default
  public int attendance() {
    return 0;
  }

  /** @return the materials used, by kind and quantity */
  public abstract List<EducationMaterial> materials();

  /** @return the board, for a bulletin-board issue */
  public abstract Optional<String> board();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EducationActivity}. */
  public static final class Builder extends ImmutableEducationActivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(attendance() >= 0, "attendance", "educationActivity.attendance");
    v.require(type() != EducationActivityType.BULLETIN_BOARD || board().isPresent(), "board",
        "educationActivity.boardRequired");
    EducationTexts.check(v, "place", place());
    EducationTexts.check(v, "organiser", organiser());
    partner().ifPresent(p -> EducationTexts.check(v, "partner", p));
    EducationTexts.check(v, "theme", theme());
    board().ifPresent(b -> EducationTexts.check(v, "board", b));
    v.throwIfAny();
  }
}
