package io.github.weisheng.population;

/**
 * The pulmonary tuberculosis regimens and their doses (治疗方案), §6.5 [C]: new patients 2HRZE/4HR,
 * 180 doses; retreatment 2HRZES/6HRE, 240 doses. The intensive phase (强化期) is the first two
 * months, 60 daily doses, as the regimen's leading "2" says.
 *
 * @since 0.1.0
 */
public enum TbRegimen {
  /** 初治 2HRZE/4HR: 180 doses. */
  NEW_2HRZE_4HR(180, 60),
  /** 复治 2HRZES/6HRE: 240 doses. */
  RETREATMENT_2HRZES_6HRE(240, 60);

  private final int doses;
  private final int intensiveDoses;

  TbRegimen(int doses, int intensiveDoses) {
    this.doses = doses;
    this.intensiveDoses = intensiveDoses;
  }

  /** @return the doses of the whole course */
  public int doses() {
    return doses;
  }

  /** @return the doses of the intensive phase */
  public int intensiveDoses() {
    return intensiveDoses;
  }
}
