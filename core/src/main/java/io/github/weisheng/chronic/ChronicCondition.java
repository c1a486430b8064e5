package io.github.weisheng.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chronic condition community health centres register patients for (慢病), with the ICD-10
 * codes that diagnose it. The list is the seed report's (高血压, 糖尿病, 冠心病, 脑卒中, 肿瘤, 慢支;
 * domain README), hypertension and type 2 diabetes being the two national programmes
 * (archives-chronic-populations.md §§3–4 [C]); severe mental disorder (精神病) has its own programme
 * and is not here.
 *
 * <p>Codes are WHO ICD-10 (2019 edition) blocks [C]: immunization-sanitation-education-standards-
 * privacy.md §5 [ICD] for I10–I15 and E11; the others checked against WHO ICD-10 text as mirrored
 * by the NHS classification browser (classbrowser.nhs.uk/ICD-10-5TH-Edition, block I60–I69) and
 * the WHO tabular-list restatements at mkb-dijagnoza.blogspot.com (chapters C00–D48, J00–J99) and
 * drugs-about.com/icd/i20-i25.html (the WHO browser, icd.who.int/browse10/2019, itself could not be
 * retrieved). The US ICD-10-CM additions (I16 hypertensive crisis, I1A, E08, E09, E13 as
 * "other specified") are not WHO codes and are not recognised. The blocks do not overlap, so
 * {@link #of(IcdCode)} finds at most one condition.
 *
 * @since 0.1.0
 */
public enum ChronicCondition {
  /**
   * 高血压: hypertensive diseases, WHO block I10–I15 — I10 essential (primary), I11 hypertensive heart
   * disease, I12 hypertensive renal disease, I13 heart and renal, I15 secondary; the category I14
   * is not used in ICD-10, so it is not recognised either [C] §5 [ICD].
   */
  HYPERTENSION("高血压", "I10", "I13", "I15", "I15"),
  /**
   * 2型糖尿病: type 2 diabetes mellitus, WHO category E11 (fourth characters .0–.9) in the block
   * E10–E14; E10 (type 1), E12 (malnutrition-related), E13 (other specified) and E14 (unspecified)
   * are not type 2 [C] §5 [ICD].
   */
  TYPE_2_DIABETES("2型糖尿病", "E11", "E11"),
  /** 冠心病: coronary (ischaemic) heart diseases, WHO block I20–I25 (angina to chronic ischaemic heart disease) [C]. */
  CORONARY_HEART_DISEASE("冠心病", "I20", "I25"),
  /**
   * 脑卒中: stroke, WHO categories I60 subarachnoid haemorrhage, I61 intracerebral haemorrhage, I62
   * other non-traumatic intracranial haemorrhage, I63 cerebral infarction and I64 stroke not
   * specified as haemorrhage or infarction [C]; and their sequelae I69.0–I69.4, the codes WHO gives
   * a condition present a year or more after a stroke (I69 note [C]; a Chinese coding course codes
   * 陈旧脑梗塞 as I69.3 [S] 360docs.net/doc/5e2164854.html) — the patients a community programme
   * follows. I65–I67 (occlusion without infarction, other cerebrovascular disease) and I69.8 are
   * not stroke.
   */
  STROKE("脑卒中", "I60", "I64", "I69.0", "I69.4"),
  /** 恶性肿瘤 (肿瘤): malignant neoplasms, WHO block C00–C97; in situ, benign and uncertain neoplasms (D00–D48) are not included [C]. */
  CANCER("恶性肿瘤", "C00", "C97"),
  /** 慢性阻塞性肺疾病 (慢阻肺): other chronic obstructive pulmonary disease, WHO category J44 [C]; emphysema J43 is separate. */
  COPD("慢性阻塞性肺疾病", "J44", "J44"),
  /**
   * 慢性支气管炎 (慢支): WHO categories J41 simple and mucopurulent chronic bronchitis and J42
   * unspecified chronic bronchitis [C]; J40 (bronchitis not specified as acute or chronic) is not,
   * and chronic bronchitis with airway obstruction is COPD (J44).
   */
  CHRONIC_BRONCHITIS("慢性支气管炎", "J41", "J42");

  private final String chineseName;
  private final List<Range> ranges;

  ChronicCondition(String chineseName, String... bounds) {
    this.chineseName = chineseName;
    List<Range> list = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      list.add(new Range(IcdCode.parse(bounds[i]), IcdCode.parse(bounds[i + 1])));
    }
    this.ranges = List.copyOf(list);
  }

  /** @return the Chinese name, for example 高血压 */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Tells whether a diagnosis code is one of this condition's.
   *
   * @param code the code
   * @return true when the code (with everything it denotes) lies in one of the condition's ranges
   */
  public boolean includes(IcdCode code) {
    Objects.requireNonNull(code, "code");
    for (Range r : ranges) {
      if (code.isWithin(r.first(), r.last())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the condition's code ranges as text, for messages and documentation.
   *
   * @return for example {@code [I10-I13, I15]}
   */
  public List<String> icdRanges() {
    List<String> text = new ArrayList<>();
    for (Range r : ranges) {
      text.add(r.first().equals(r.last()) ? r.first().value() : r.first().value() + "-" + r.last().value());
    }
    return List.copyOf(text);
  }

  /**
   * Classifies a diagnosis code: {@code I10} and {@code I15.0} are hypertension, {@code E11.9} type
   * 2 diabetes; {@code I16}, {@code I09} and {@code E10} are none of these conditions.
   *
   * @param code the code
   * @return the condition whose ranges hold the code, or empty
   */
  public static Optional<ChronicCondition> of(IcdCode code) {
    Objects.requireNonNull(code, "code");
    for (ChronicCondition c : values()) {
      if (c.includes(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** An inclusive range of codes. */
  private record Range(IcdCode first, IcdCode last) {}
}
