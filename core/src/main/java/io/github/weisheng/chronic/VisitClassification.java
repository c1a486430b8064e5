package io.github.weisheng.chronic;

/**
 * The classification of one follow-up visit (此次随访分类), one per visit, as on the hypertension and
 * diabetes follow-up forms. Domain reference §3 classification table [C] (vendor codes 1–4 [S]) and
 * §4 [C] for the glucose target, the rest "as HTN" [U].
 *
 * <p>When several apply, the form's one box is filled by precedence: {@link #COMPLICATION}, then
 * {@link #ADVERSE_REACTION}, then {@link #UNSATISFIED} [U]: the reference gives no precedence, and
 * this order puts the finding with the strongest action first. The referral and next-visit rules
 * look at every finding, not only at the class.
 *
 * @since 0.1.0
 */
public enum VisitClassification {
  /** 控制满意, code 1: at target, no adverse drug reaction, no new or worse complication. */
  SATISFIED(1),
  /** 控制不满意, code 2: not at target. */
  UNSATISFIED(2),
  /** 药物不良反应 (不良反应), code 3: an adverse drug reaction. */
  ADVERSE_REACTION(3),
  /** 并发症, code 4: a new complication or a worse one. */
  COMPLICATION(4);

  private final int code;

  VisitClassification(int code) {
    this.code = code;
  }

  /** @return the vendor form code, 1–4 [S] */
  public int code() {
    return code;
  }
}
