package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The outcome of a severe-mental-disorder follow-up (随访评估结果): classification, actions, whether
 * to refer urgently, the next visit and the rules that decided them. From {@link SmiPolicy#assess}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSmiAssessment.class)
@JsonDeserialize(as = ImmutableSmiAssessment.class)
public abstract class SmiAssessment {
  SmiAssessment() {}

  /** @return the classification */
  public abstract SmiClassification classification();

  /** @return the actions */
  public abstract Set<SmiAction> actions();

  /** @return whether to refer urgently (紧急转诊: risk 3–5) */
  public abstract boolean urgentReferral();

  /** @return the next follow-up */
  public abstract LocalDate nextVisit();

  /** @return the rules: classification, referral, next-visit interval */
  public abstract List<AppliedRule> rules();
}
