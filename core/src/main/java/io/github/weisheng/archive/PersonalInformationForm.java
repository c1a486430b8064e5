package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The health content of the personal basic-information form (个人基本信息表) of the resident health
 * archive: everything on the form except the identity fields, which {@link
 * io.github.weisheng.resident.Resident} holds (姓名, 性别, 出生日期, 身份证号, 民族, 本人电话, 常住类型).
 *
 * <p>The form is filled once when the archive is opened and amended later, every amendment kept
 * with who, when and why (domain reference §1.2 [C], 360docs/doczj form reproductions). Children
 * aged 0–6 do not use this form (§1.2 [C]); their archive may hold an empty one.
 *
 * <p>Coded fields use the option numbers printed on the 2017 (third-edition) form; they are
 * restated from form reproductions, not from the official text [S]. For the multi-choice fields
 * where the form's first option is "无" (none), an empty set means none.
 *
 * <p>Rules checked at construction, all reported together: free-text fields at most 100 characters
 * ({@code form.text}); a history event's date is given as a year and month ({@code YearMonth}).
 * Contact names and phones, work units and free texts are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalInformationForm.class)
@JsonDeserialize(as = ImmutablePersonalInformationForm.class)
public abstract class PersonalInformationForm {
  private static final int MAX_TEXT = 100;

  PersonalInformationForm() {}

  /** @return the work unit (工作单位) */
  @Value.Redacted
  public abstract Optional<String> workUnit();

  /** @return the contact person's name (联系人姓名) */
  @Value.Redacted
  public abstract Optional<String> contactName();

  /** @return the contact person's phone (联系人电话) */
  @Value.Redacted
  public abstract Optional<String> contactPhone();

  /** @return the ABO blood type (血型), {@link BloodType#UNKNOWN} when not known */
  @Value.Default
  public BloodType bloodType() {
    return BloodType.UNKNOWN;
  }

  /** @return whether Rh negative (RH阴性), {@link RhNegative#UNKNOWN} when not known */
  @Value.Default
  public RhNegative rhNegative() {
    return RhNegative.UNKNOWN;
  }

  /** @return the education (文化程度) */
  public abstract Optional<Education> education();

  /** @return the occupation (职业) */
  public abstract Optional<Occupation> occupation();

  /** @return the marital status (婚姻状况) */
  public abstract Optional<MaritalStatus> maritalStatus();

  /** @return how medical costs are paid (医疗费用支付方式), several allowed */
  public abstract Set<PaymentMethod> paymentMethods();

  /** @return drug allergies (药物过敏史); empty means none */
  public abstract Set<DrugAllergy> drugAllergies();

  /** @return exposures (暴露史); empty means none */
  public abstract Set<Exposure> exposures();

  /** @return diseases with the month of diagnosis (既往史: 疾病 + 确诊时间) */
  public abstract List<DiagnosedDisease> pastDiseases();

  /** @return surgeries (既往史: 手术), name and month */
  public abstract List<HistoryEvent> surgeries();

  /** @return traumas (既往史: 外伤), name and month */
  public abstract List<HistoryEvent> traumas();

  /** @return blood transfusions (既往史: 输血), reason and month */
  public abstract List<HistoryEvent> transfusions();

  /** @return family history (家族史) per relative; absent relative means none */
  public abstract Map<Relative, Set<FamilyDisease>> familyHistory();

  /** @return the name of a hereditary disease (遗传病史), absent for none */
  @Value.Redacted
  public abstract Optional<String> hereditaryDisease();

  /** @return disabilities (残疾情况); empty means none */
  public abstract Set<Disability> disabilities();

  /** @return kitchen exhaust (生活环境: 厨房排风设施) */
  public abstract Optional<KitchenExhaust> kitchenExhaust();

  /** @return cooking fuel (生活环境: 燃料类型) */
  public abstract Optional<Fuel> fuel();

  /** @return drinking water (生活环境: 饮水) */
  public abstract Optional<DrinkingWater> drinkingWater();

  /** @return toilet (生活环境: 厕所) */
  public abstract Optional<Toilet> toilet();

  /** @return livestock pen (生活环境: 禽畜栏) */
  public abstract Optional<LivestockPen> livestockPen();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an empty form (all fields unknown or none), as for a child aged 0–6.
   *
   * @return the empty form
   */
  public static PersonalInformationForm empty() {
    return builder().build();
  }

  /** Builds a {@link PersonalInformationForm}. */
  public static final class Builder extends ImmutablePersonalInformationForm.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    text(v, workUnit(), "form.workUnit");
    text(v, contactName(), "form.contactName");
    text(v, hereditaryDisease(), "form.hereditaryDisease");
    contactPhone().ifPresent(p -> v.require(p.matches("[0-9+()-]{3,20}"), "form.contactPhone", "form.phone"));
    checkEvents(v, surgeries(), "form.surgeries");
    checkEvents(v, traumas(), "form.traumas");
    checkEvents(v, transfusions(), "form.transfusions");
    for (int i = 0; i < pastDiseases().size(); i++) {
      text(v, pastDiseases().get(i).note(), "form.pastDiseases[" + i + "].note");
    }
    v.throwIfAny();
  }

  private static void checkEvents(Violations v, List<HistoryEvent> events, String field) {
    for (int i = 0; i < events.size(); i++) {
      String name = events.get(i).name();
      v.require(!name.isBlank() && name.length() <= MAX_TEXT, field + "[" + i + "].name", "form.text", MAX_TEXT);
    }
  }

  private static void text(Violations v, Optional<String> value, String field) {
    value.ifPresent(t -> v.require(!t.isBlank() && t.length() <= MAX_TEXT, field, "form.text", MAX_TEXT));
  }

  /**
   * A disease in the past history with the month it was diagnosed (确诊时间) and, for "other"
   * diseases, its name.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableDiagnosedDisease.class)
  @JsonDeserialize(as = ImmutableDiagnosedDisease.class)
  public abstract static class DiagnosedDisease {
    DiagnosedDisease() {}

    /** @return the disease */
    @Value.Parameter
    public abstract PastDisease disease();

    /** @return the month of diagnosis */
    @Value.Parameter
    public abstract YearMonth diagnosed();

    /** @return the disease's name for {@link PastDisease#OTHER} and the like */
    @Value.Redacted
    public abstract Optional<String> note();

    /**
     * Returns a diagnosed disease without a note.
     *
     * @param disease the disease
     * @param diagnosed the month of diagnosis
     * @return the value
     */
    public static DiagnosedDisease of(PastDisease disease, YearMonth diagnosed) {
      return ImmutableDiagnosedDisease.of(disease, diagnosed);
    }
  }

  /**
   * A dated event of the past history (surgery, trauma, transfusion): its name or reason and the
   * month.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableHistoryEvent.class)
  @JsonDeserialize(as = ImmutableHistoryEvent.class)
  public abstract static class HistoryEvent {
    HistoryEvent() {}

    /** @return the name or reason */
    @Value.Parameter
    @Value.Redacted
    public abstract String name();

    /** @return the month */
    @Value.Parameter
    public abstract YearMonth when();

    /**
     * Returns an event.
     *
     * @param name the name or reason
     * @param when the month
     * @return the event
     */
    public static HistoryEvent of(String name, YearMonth when) {
      return ImmutableHistoryEvent.of(name, when);
    }
  }

  /**
   * ABO blood type (血型 ABO). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum BloodType implements FormCode {
    /** A型 (1). */
    A(1, "A型"),
    /** B型 (2). */
    B(2, "B型"),
    /** O型 (3). */
    O(3, "O型"),
    /** AB型 (4). */
    AB(4, "AB型"),
    /** 不详 (5). */
    UNKNOWN(5, "不详");

    private final int code;
    private final String chineseName;

    BloodType(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Rh negative (RH阴性). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum RhNegative implements FormCode {
    /** 否 (1). */
    NO(1, "否"),
    /** 是 (2). */
    YES(2, "是"),
    /** 不详 (3). */
    UNKNOWN(3, "不详");

    private final int code;
    private final String chineseName;

    RhNegative(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Education (文化程度). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Education implements FormCode {
    /** 研究生 (1). */
    POSTGRADUATE(1, "研究生"),
    /** 大学本科 (2). */
    BACHELOR(2, "大学本科"),
    /** 大学专科和专科学校 (3). */
    COLLEGE(3, "大学专科和专科学校"),
    /** 中等专业学校 (4). */
    SECONDARY_SPECIALISED(4, "中等专业学校"),
    /** 技工学校 (5). */
    TECHNICAL_SCHOOL(5, "技工学校"),
    /** 高中 (6). */
    HIGH_SCHOOL(6, "高中"),
    /** 初中 (7). */
    JUNIOR_HIGH(7, "初中"),
    /** 小学 (8). */
    PRIMARY(8, "小学"),
    /** 文盲或半文盲 (9). */
    ILLITERATE(9, "文盲或半文盲"),
    /** 不详 (10). */
    UNKNOWN(10, "不详");

    private final int code;
    private final String chineseName;

    Education(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Occupation (职业). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Occupation implements FormCode {
    /** 国家机关、党群组织、企业、事业单位负责人 (0). */
    MANAGER(0, "国家机关、党群组织、企业、事业单位负责人"),
    /** 专业技术人员 (1). */
    PROFESSIONAL(1, "专业技术人员"),
    /** 办事人员和有关人员 (2). */
    CLERK(2, "办事人员和有关人员"),
    /** 商业、服务业人员 (3). */
    COMMERCE_SERVICE(3, "商业、服务业人员"),
    /** 农、林、牧、渔、水利业生产人员 (4). */
    AGRICULTURE(4, "农、林、牧、渔、水利业生产人员"),
    /** 生产、运输设备操作人员及有关人员 (5). */
    PRODUCTION_TRANSPORT(5, "生产、运输设备操作人员及有关人员"),
    /** 军人 (6). */
    MILITARY(6, "军人"),
    /** 不便分类的其他从业人员 (7). */
    OTHER(7, "不便分类的其他从业人员"),
    /** 无职业 (8). */
    NONE(8, "无职业");

    private final int code;
    private final String chineseName;

    Occupation(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Marital status (婚姻状况). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum MaritalStatus implements FormCode {
    /** 未婚 (1). */
    UNMARRIED(1, "未婚"),
    /** 已婚 (2). */
    MARRIED(2, "已婚"),
    /** 丧偶 (3). */
    WIDOWED(3, "丧偶"),
    /** 离婚 (4). */
    DIVORCED(4, "离婚"),
    /** 未说明的婚姻状况 (5). */
    UNSTATED(5, "未说明的婚姻状况");

    private final int code;
    private final String chineseName;

    MaritalStatus(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Payment of medical costs (医疗费用支付方式). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum PaymentMethod implements FormCode {
    /** 城镇职工基本医疗保险 (1). */
    URBAN_EMPLOYEE_INSURANCE(1, "城镇职工基本医疗保险"),
    /** 城镇居民基本医疗保险 (2). */
    URBAN_RESIDENT_INSURANCE(2, "城镇居民基本医疗保险"),
    /** 新型农村合作医疗 (3). */
    RURAL_COOPERATIVE(3, "新型农村合作医疗"),
    /** 贫困救助 (4). */
    POVERTY_RELIEF(4, "贫困救助"),
    /** 商业医疗保险 (5). */
    COMMERCIAL_INSURANCE(5, "商业医疗保险"),
    /** 全公费 (6). */
    PUBLIC_FUNDED(6, "全公费"),
    /** 全自费 (7). */
    SELF_PAID(7, "全自费"),
    /** 其他 (8). */
    OTHER(8, "其他");

    private final int code;
    private final String chineseName;

    PaymentMethod(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Drug allergy (药物过敏史); an empty set means 无 (code 1). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum DrugAllergy implements FormCode {
    /** 青霉素 (2). */
    PENICILLIN(2, "青霉素"),
    /** 磺胺 (3). */
    SULFONAMIDE(3, "磺胺"),
    /** 链霉素 (4). */
    STREPTOMYCIN(4, "链霉素"),
    /** 其他 (5). */
    OTHER(5, "其他");

    private final int code;
    private final String chineseName;

    DrugAllergy(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Exposure (暴露史); an empty set means 无 (code 1). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Exposure implements FormCode {
    /** 化学品 (2). */
    CHEMICALS(2, "化学品"),
    /** 毒物 (3). */
    POISONS(3, "毒物"),
    /** 射线 (4). */
    RADIATION(4, "射线");

    private final int code;
    private final String chineseName;

    Exposure(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Past disease (既往史 疾病); none recorded means 无 (code 1). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum PastDisease implements FormCode {
    /** 高血压 (2). */
    HYPERTENSION(2, "高血压"),
    /** 糖尿病 (3). */
    DIABETES(3, "糖尿病"),
    /** 冠心病 (4). */
    CORONARY_HEART_DISEASE(4, "冠心病"),
    /** 慢性阻塞性肺疾病 (5). */
    COPD(5, "慢性阻塞性肺疾病"),
    /** 恶性肿瘤 (6). */
    MALIGNANT_TUMOUR(6, "恶性肿瘤"),
    /** 脑卒中 (7). */
    STROKE(7, "脑卒中"),
    /** 严重精神障碍 (8). */
    SEVERE_MENTAL_DISORDER(8, "严重精神障碍"),
    /** 结核病 (9). */
    TUBERCULOSIS(9, "结核病"),
    /** 肝炎 (10). */
    HEPATITIS(10, "肝炎"),
    /** 其他法定传染病 (11). */
    OTHER_NOTIFIABLE_INFECTIOUS_DISEASE(11, "其他法定传染病"),
    /** 职业病 (12). */
    OCCUPATIONAL_DISEASE(12, "职业病"),
    /** 其他 (13). */
    OTHER(13, "其他");

    private final int code;
    private final String chineseName;

    PastDisease(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Family-history disease (家族史); none recorded means 无 (code 1). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum FamilyDisease implements FormCode {
    /** 高血压 (2). */
    HYPERTENSION(2, "高血压"),
    /** 糖尿病 (3). */
    DIABETES(3, "糖尿病"),
    /** 冠心病 (4). */
    CORONARY_HEART_DISEASE(4, "冠心病"),
    /** 慢性阻塞性肺疾病 (5). */
    COPD(5, "慢性阻塞性肺疾病"),
    /** 恶性肿瘤 (6). */
    MALIGNANT_TUMOUR(6, "恶性肿瘤"),
    /** 脑卒中 (7). */
    STROKE(7, "脑卒中"),
    /** 严重精神障碍 (8). */
    SEVERE_MENTAL_DISORDER(8, "严重精神障碍"),
    /** 结核病 (9). */
    TUBERCULOSIS(9, "结核病"),
    /** 肝炎 (10). */
    HEPATITIS(10, "肝炎"),
    /** 先天畸形 (11). */
    CONGENITAL_MALFORMATION(11, "先天畸形"),
    /** 其他 (12). */
    OTHER(12, "其他");

    private final int code;
    private final String chineseName;

    FamilyDisease(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Relative in the family history (家族史: 父亲, 母亲, 兄弟姐妹, 子女). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Relative implements FormCode {
    /** 父亲 (1). */
    FATHER(1, "父亲"),
    /** 母亲 (2). */
    MOTHER(2, "母亲"),
    /** 兄弟姐妹 (3). */
    SIBLINGS(3, "兄弟姐妹"),
    /** 子女 (4). */
    CHILDREN(4, "子女");

    private final int code;
    private final String chineseName;

    Relative(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Disability (残疾情况); an empty set means 无残疾 (code 1). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Disability implements FormCode {
    /** 视力残疾 (2). */
    VISUAL(2, "视力残疾"),
    /** 听力残疾 (3). */
    HEARING(3, "听力残疾"),
    /** 言语残疾 (4). */
    SPEECH(4, "言语残疾"),
    /** 肢体残疾 (5). */
    PHYSICAL(5, "肢体残疾"),
    /** 智力残疾 (6). */
    INTELLECTUAL(6, "智力残疾"),
    /** 精神残疾 (7). */
    MENTAL(7, "精神残疾"),
    /** 其他残疾 (8). */
    OTHER(8, "其他残疾");

    private final int code;
    private final String chineseName;

    Disability(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Kitchen exhaust (厨房排风设施). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum KitchenExhaust implements FormCode {
    /** 无 (1). */
    NONE(1, "无"),
    /** 油烟机 (2). */
    RANGE_HOOD(2, "油烟机"),
    /** 换气扇 (3). */
    VENTILATION_FAN(3, "换气扇"),
    /** 烟囱 (4). */
    CHIMNEY(4, "烟囱");

    private final int code;
    private final String chineseName;

    KitchenExhaust(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Cooking fuel (燃料类型). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Fuel implements FormCode {
    /** 液化气 (1). */
    LIQUEFIED_GAS(1, "液化气"),
    /** 煤 (2). */
    COAL(2, "煤"),
    /** 天然气 (3). */
    NATURAL_GAS(3, "天然气"),
    /** 沼气 (4). */
    BIOGAS(4, "沼气"),
    /** 柴火 (5). */
    FIREWOOD(5, "柴火"),
    /** 其他 (6). */
    OTHER(6, "其他");

    private final int code;
    private final String chineseName;

    Fuel(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Drinking water (饮水). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum DrinkingWater implements FormCode {
    /** 自来水 (1). */
    TAP_WATER(1, "自来水"),
    /** 经净化过滤的水 (2). */
    PURIFIED(2, "经净化过滤的水"),
    /** 井水 (3). */
    WELL(3, "井水"),
    /** 河湖水 (4). */
    RIVER_OR_LAKE(4, "河湖水"),
    /** 塘水 (5). */
    POND(5, "塘水"),
    /** 其他 (6). */
    OTHER(6, "其他");

    private final int code;
    private final String chineseName;

    DrinkingWater(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Toilet (厕所). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum Toilet implements FormCode {
    /** 卫生厕所 (1). */
    SANITARY(1, "卫生厕所"),
    /** 一格或二格粪池式 (2). */
    ONE_OR_TWO_PIT_SEPTIC(2, "一格或二格粪池式"),
    /** 马桶 (3). */
    CLOSESTOOL(3, "马桶"),
    /** 露天粪坑 (4). */
    OPEN_PIT(4, "露天粪坑"),
    /** 简易棚厕 (5). */
    SIMPLE_SHED(5, "简易棚厕");

    private final int code;
    private final String chineseName;

    Toilet(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Livestock pen (禽畜栏). Codes as printed on the form.
   *
   * @since 0.1.0
   */
  public enum LivestockPen implements FormCode {
    /** 无 (1). */
    NONE(1, "无"),
    /** 单设 (2). */
    SEPARATE(2, "单设"),
    /** 室内 (3). */
    INDOOR(3, "室内"),
    /** 室外 (4). */
    OUTDOOR(4, "室外");

    private final int code;
    private final String chineseName;

    LivestockPen(int code, String chineseName) {
      this.code = code;
      this.chineseName = chineseName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chineseName;
    }
  }
}
