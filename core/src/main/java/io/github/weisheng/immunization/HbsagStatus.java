package io.github.weisheng.immunization;

/**
 * The mother's hepatitis B surface antigen status (母亲乙肝表面抗原), §1 "Special situations" [KB21].
 *
 * @since 0.1.0
 */
public enum HbsagStatus {
  /** 阴性. */
  NEGATIVE,
  /** 阳性: HBIG 100 IU plus the HepB birth dose within 12 h. */
  POSITIVE,
  /** 不详: treated as positive for the under-2000 g four-dose path. */
  UNKNOWN
}
