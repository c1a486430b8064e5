package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One follow-up of a patient with a severe mental disorder (严重精神障碍患者随访), §6.4 [C]: the risk
 * level assessed at each follow-up and the findings that decide the classification. Health data
 * throughout; the risk level is printed as {@code ***}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSmiFollowUp.class)
@JsonDeserialize(as = ImmutableSmiFollowUp.class)
public abstract class SmiFollowUp {
  SmiFollowUp() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return the date */
  public abstract LocalDate date();

  /** @return the disorder */
  public abstract SevereMentalDisorder disorder();

  /** @return the risk level (危险性) */
  @Value.Redacted
  public abstract SmiRiskLevel riskLevel();

  /** @return florid psychotic symptoms (精神症状明显) */
  @Value.Default
  public boolean floridSymptoms() {
    return false;
  }

  /** @return no insight (自知力缺乏) */
  @Value.Default
  public boolean noInsight() {
    return false;
  }

  /** @return an acute adverse drug reaction (急性药物不良反应) */
  @Value.Default
  public boolean acuteAdverseReaction() {
    return false;
  }

  /** @return a serious physical illness (严重躯体疾病) */
  @Value.Default
  public boolean seriousPhysicalIllness() {
    return false;
  }

  /** @return one domain (symptoms, insight, work, social function …) poor (某一方面较差) */
  @Value.Default
  public boolean oneDomainPoor() {
    return false;
  }

  /** @return symptoms gone, insight and social function recovered (病情稳定、各方面恢复) */
  @Value.Default
  public boolean recovered() {
    return false;
  }

  /** Builds {@link SmiFollowUp}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableSmiFollowUp.Builder {
    Builder() {}
  }
}
