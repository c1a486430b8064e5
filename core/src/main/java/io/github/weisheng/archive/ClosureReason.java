package io.github.weisheng.archive;

/**
 * Why an archive was closed (注销原因), with the codes vendor systems use: 1 死亡, 2 迁出, 3 失访,
 * 4 拒绝, 6 作废, 9 其他 (domain reference §1.3, vendor CHIS schemas [S]). The first three are the
 * official termination reasons [C].
 *
 * @since 0.1.0
 */
public enum ClosureReason implements FormCode {
  /** 死亡: death; the date and cause of death are recorded. */
  DEATH(1, "死亡", ArchiveStatus.DECEASED),
  /** 迁出: moved out; the destination and handover are recorded. */
  TRANSFER_OUT(2, "迁出", ArchiveStatus.TRANSFERRED_OUT),
  /** 失访: lost to follow-up; the reason is recorded. */
  LOST_TO_FOLLOW_UP(3, "失访", ArchiveStatus.LOST_TO_FOLLOW_UP),
  /** 拒绝: the resident refuses management. */
  REFUSED(4, "拒绝", ArchiveStatus.CANCELLED),
  /** 作废: created in error (for example a duplicate); frees the resident for a correct archive. */
  VOID(6, "作废", ArchiveStatus.CANCELLED),
  /** 其他: another reason, stated in the note. */
  OTHER(9, "其他", ArchiveStatus.CANCELLED);

  private final int code;
  private final String chineseName;
  private final ArchiveStatus status;

  ClosureReason(int code, String chineseName, ArchiveStatus status) {
    this.code = code;
    this.chineseName = chineseName;
    this.status = status;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** @return the status an archive closed for this reason has */
  public ArchiveStatus status() {
    return status;
  }
}
