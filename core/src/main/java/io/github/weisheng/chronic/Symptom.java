package io.github.weisheng.chronic;

/**
 * A symptom ticked on a follow-up service record (症状). The reference names "symptoms" as a visit
 * item without the list (domain reference §3 "Other visit items" [C]); the options are those printed
 * on the hypertension and type 2 diabetes follow-up forms [U]. An empty set means no symptom (无症状);
 * anything else goes in {@link FollowUpForm#otherSymptoms()}.
 *
 * @since 0.1.0
 */
public enum Symptom {
  /** 头痛头晕: headache or dizziness (hypertension form). */
  HEADACHE_OR_DIZZINESS,
  /** 恶心呕吐: nausea or vomiting (hypertension form). */
  NAUSEA_OR_VOMITING,
  /** 眼花耳鸣: blurred vision or tinnitus (hypertension form). */
  BLURRED_VISION_OR_TINNITUS,
  /** 呼吸困难: breathing difficulty (hypertension form). */
  BREATHING_DIFFICULTY,
  /** 心悸胸闷: palpitations or chest tightness (hypertension form). */
  PALPITATIONS_OR_CHEST_TIGHTNESS,
  /** 鼻衄出血不止: nosebleed that does not stop (hypertension form). */
  NOSEBLEED,
  /** 四肢发麻 / 手脚麻木: numb limbs (both forms). */
  NUMB_LIMBS,
  /** 下肢水肿 / 下肢浮肿: swollen legs (both forms). */
  LEG_OEDEMA,
  /** 多饮: excessive thirst (diabetes form). */
  POLYDIPSIA,
  /** 多食: excessive hunger (diabetes form). */
  POLYPHAGIA,
  /** 多尿: excessive urination (diabetes form). */
  POLYURIA,
  /** 视力模糊: blurred vision (diabetes form). */
  BLURRED_VISION,
  /** 感染: infection (diabetes form). */
  INFECTION,
  /** 体重明显下降: marked weight loss (diabetes form). */
  MARKED_WEIGHT_LOSS
}
