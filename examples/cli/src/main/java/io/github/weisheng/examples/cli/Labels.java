package io.github.weisheng.examples.cli;

import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.Referral;
import io.github.weisheng.chronic.RiskLevel;
import io.github.weisheng.chronic.VisitClassification;
import io.github.weisheng.resident.CitizenIdKind;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.sanitation.DensityLevel;

/** The names of the domain's enum values in the output language. */
final class Labels {
  private Labels() {}

  static String kind(CitizenIdKind kind, Lang lang) {
    return switch (kind) {
      case CITIZEN -> lang.pick("公民身份号码（18位）", "citizen ID number (18 characters)");
      case LEGACY_15 -> lang.pick("旧版15位身份证号码", "legacy 15-digit ID number");
      case RESIDENCE_PERMIT -> lang.pick("港澳台居民居住证号码", "Hong Kong, Macau or Taiwan residence-permit number");
      case FOREIGN_PERMANENT_RESIDENT -> lang.pick("外国人永久居留身份证号码", "foreign permanent-resident ID number");
    };
  }

  static String sex(Sex sex, Lang lang) {
    return switch (sex) {
      case MALE -> lang.pick("男", "male");
      case FEMALE -> lang.pick("女", "female");
      case UNKNOWN -> lang.pick("未知的性别", "unknown");
      case UNSTATED -> lang.pick("未说明的性别", "not stated");
    };
  }

  static String classification(VisitClassification c, Lang lang) {
    return switch (c) {
      case SATISFIED -> lang.pick("控制满意", "satisfactory control");
      case UNSATISFIED -> lang.pick("控制不满意", "unsatisfactory control");
      case ADVERSE_REACTION -> lang.pick("不良反应", "adverse drug reaction");
      case COMPLICATION -> lang.pick("并发症", "complication");
    };
  }

  static String referral(Referral r, Lang lang) {
    return switch (r) {
      case NONE -> lang.pick("无需转诊", "no referral");
      case REFERRAL -> lang.pick("转诊", "referral");
      case URGENT -> lang.pick("紧急转诊", "urgent referral");
    };
  }

  static String risk(RiskLevel level, Lang lang) {
    return switch (level) {
      case LOW -> lang.pick("低危", "low risk");
      case MEDIUM -> lang.pick("中危", "medium risk");
      case HIGH -> lang.pick("高危", "high risk");
      case VERY_HIGH -> lang.pick("很高危", "very high risk");
    };
  }

  static String tier(ManagementTier tier, Lang lang) {
    return switch (tier) {
      case TIER_1 -> lang.pick("一级管理", "tier 1");
      case TIER_2 -> lang.pick("二级管理", "tier 2");
      case TIER_3 -> lang.pick("三级管理", "tier 3");
    };
  }

  static String density(DensityLevel level, Lang lang) {
    return lang == Lang.zh ? level.chineseName() : switch (level) {
      case A -> "grade A";
      case B -> "grade B";
      case C -> "grade C";
      case BELOW_C -> "below grade C";
    };
  }
}
