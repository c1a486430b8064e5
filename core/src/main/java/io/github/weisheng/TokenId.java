package io.github.weisheng;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FollowUpVisitId;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.HomeFollowUpId;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.resident.HouseholdId;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.sanitation.ActivityId;
import io.github.weisheng.sanitation.CampaignId;
import io.github.weisheng.sanitation.FrontageUnitId;
import io.github.weisheng.sanitation.InspectionId;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A token id (标识): the registry's name for one thing it keeps — a resident, a household, an org
 * unit, a follow-up visit, a campaign — as a short opaque token of 1–64 characters from {@code
 * [A-Za-z0-9._-]}, either the host's own id or a generated UUID. A token id is never a name, an ID
 * number or any other personal data, so its {@link #toString()} is the token itself. Each kind of
 * thing has its own final subclass, with its own rule {@code <field>.format} under its own field
 * (for example {@code residentId.format} under {@code residentId}); ids of two kinds are never
 * equal, even with the same token. In JSON a token id is the bare token.
 *
 * @param <T> the subclass, so that ids compare only with ids of their own kind
 * @since 0.1.0
 */
public abstract sealed class TokenId<T extends TokenId<T>> implements Comparable<T>
    permits ActivityId,
        CampaignId,
        CaseReportId,
        EducationActivityId,
        EnrolmentId,
        FollowUpVisitId,
        FrontageUnitId,
        HomeFollowUpId,
        HouseholdId,
        InspectionId,
        OrgUnitId,
        PopulationCaseId,
        ResidentId,
        SurveyId,
        VaccinationRecordId {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  /**
   * Holds a token already checked by {@link #requireToken} or generated as a UUID.
   *
   * @param value the token
   */
  protected TokenId(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Checks the shape of a token: 1–64 characters from {@code [A-Za-z0-9._-]}.
   *
   * @param text the token
   * @param field the subclass's field, for example {@code residentId}
   * @return the token as a string
   * @throws RuleViolationException {@code <field>.format} under {@code field} when the text has
   *     another shape
   */
  protected static String requireToken(CharSequence text, String field) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    String value = text.toString();
    if (!TOKEN.matcher(value).matches()) {
      throw RuleViolationException.of(field, field + ".format");
    }
    return value;
  }

  /**
   * Returns the token, which is also the id's JSON form.
   *
   * @return the token
   */
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * Orders ids of one kind by their tokens, in {@link String#compareTo} order.
   *
   * @param other another id of the same kind
   * @return the comparison of the tokens
   */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /**
   * Tells whether another object is an id of the same kind (the same class) with the same token.
   *
   * @param o the other object
   * @return whether the two ids are equal
   */
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((TokenId<?>) o).value);
  }

  /**
   * Returns the hash of the token.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the token: an id is not personal data.
   *
   * @return the token
   */
  @Override
  public final String toString() {
    return value;
  }
}
