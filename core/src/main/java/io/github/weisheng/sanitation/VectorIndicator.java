package io.github.weisheng.sanitation;

/**
 * A vector-density indicator (密度指标) of GB/T 27770–27773-2011, by pest and monitoring method;
 * each is graded A/B/C/below C by a {@link DensityThresholds} table. Lower is better for every
 * indicator. Source: immunization-sanitation-education-standards-privacy.md §3 (the table of levels
 * and the monitoring methods).
 *
 * @since 0.1.0
 */
public enum VectorIndicator {
  /** 室内鼠迹阳性率: rooms with rodent signs ÷ rooms checked. */
  RAT_INDOOR_SIGNS(Pest.RAT, SurveyMethod.RODENT_SIGNS, IndicatorUnit.PERCENT, "室内鼠迹阳性率"),
  /** 粉迹阳性率: positive powder patches ÷ patches recovered. */
  RAT_POWDER_PATCH(Pest.RAT, SurveyMethod.POWDER_PATCH, IndicatorUnit.PERCENT, "粉迹阳性率"),
  /** 外环境鼠迹路径指数: sites with rodent signs per km walked outdoors. */
  RAT_PATH_INDEX(Pest.RAT, SurveyMethod.PATH_INDEX, IndicatorUnit.PER_KM, "外环境鼠迹路径指数"),
  /** 防鼠设施不合格率: key units whose rodent-proofing fails ÷ units checked. */
  RAT_PROOFING_FAILURE(Pest.RAT, SurveyMethod.PROOFING_CHECK, IndicatorUnit.PERCENT, "防鼠设施不合格率"),
  /** 小型积水蚊虫幼虫阳性率: small water bodies with larvae ÷ bodies checked. */
  MOSQUITO_LARVAL_POSITIVE(Pest.MOSQUITO, SurveyMethod.LARVAL_SURVEY, IndicatorUnit.PERCENT, "小型积水幼虫阳性率"),
  /** 小型积水路径指数: small water bodies with larvae per km walked. */
  MOSQUITO_LARVAL_PATH_INDEX(Pest.MOSQUITO, SurveyMethod.LARVAL_SURVEY, IndicatorUnit.PER_KM, "小型积水路径指数"),
  /** 成蚊停落指数: adults landing per person and time. */
  MOSQUITO_LANDING_INDEX(Pest.MOSQUITO, SurveyMethod.HUMAN_LANDING, IndicatorUnit.PER_PERSON_TIME, "成蚊停落指数"),
  /** 室内有蝇房间阳性率: rooms with flies ÷ rooms checked. */
  FLY_INDOOR_ROOMS(Pest.FLY, SurveyMethod.ROOM_CHECK, IndicatorUnit.PERCENT, "室内有蝇房间阳性率"),
  /** 阳性房间平均蝇数: flies per positive room. */
  FLY_PER_POSITIVE_ROOM(Pest.FLY, SurveyMethod.ROOM_CHECK, IndicatorUnit.PER_ROOM, "阳性房间平均蝇数"),
  /** 外环境蝇类孳生地阳性率: outdoor breeding sites with larvae or pupae ÷ sites checked. */
  FLY_BREEDING_SITES(Pest.FLY, SurveyMethod.BREEDING_SITE_CHECK, IndicatorUnit.PERCENT, "蝇类孳生地阳性率"),
  /** 蟑螂成若虫侵害率: positive traps (or rooms) ÷ traps recovered (rooms checked). */
  COCKROACH_INFESTATION(Pest.COCKROACH, SurveyMethod.STICKY_TRAP, IndicatorUnit.PERCENT, "成若虫侵害率");

  private final Pest pest;
  private final SurveyMethod method;
  private final IndicatorUnit unit;
  private final String chineseName;

  VectorIndicator(Pest pest, SurveyMethod method, IndicatorUnit unit, String chineseName) {
    this.pest = pest;
    this.method = method;
    this.unit = unit;
    this.chineseName = chineseName;
  }

  /** @return the pest */
  public Pest pest() {
    return pest;
  }

  /** @return the monitoring method */
  public SurveyMethod method() {
    return method;
  }

  /** @return the unit of its values */
  public IndicatorUnit unit() {
    return unit;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
