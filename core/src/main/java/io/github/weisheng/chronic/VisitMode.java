package io.github.weisheng.chronic;

/**
 * How a follow-up was made (随访方式), as on the follow-up service record forms: in the clinic (门诊),
 * at home (家庭) or by phone (电话). The service specification asks for face-to-face follow-ups
 * (面对面随访, at least 4 a year: domain reference §3 "Follow-up" and §4 [C]), so only clinic and home
 * visits count towards the yearly standard and reset the follow-up schedule. Vendor codes 1/2/3 [S].
 *
 * @since 0.1.0
 */
public enum VisitMode {
  /** 门诊: at the centre or station; face-to-face. */
  CLINIC(true),
  /** 家庭: a home visit; face-to-face. */
  HOME(true),
  /** 电话: by phone; not face-to-face. */
  PHONE(false);

  private final boolean faceToFace;

  VisitMode(boolean faceToFace) {
    this.faceToFace = faceToFace;
  }

  /** @return true when the doctor saw the patient (面对面) */
  public boolean faceToFace() {
    return faceToFace;
  }
}
