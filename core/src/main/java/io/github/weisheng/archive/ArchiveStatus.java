package io.github.weisheng.archive;

/**
 * Where a health archive is in its lifecycle (档案状态). An archive is kept for life (终身保存);
 * termination by death, moving out or loss to follow-up records the date and the circumstances
 * (domain reference §1.3 [C], MoH 2009); cancellation (注销) for other reasons follows vendor
 * practice [S].
 *
 * @since 0.1.0
 */
public enum ArchiveStatus {
  /** 在管: open and in use. */
  ACTIVE("在管"),
  /** 迁出: the resident moved away; the archive was handed over. */
  TRANSFERRED_OUT("迁出"),
  /** 死亡: the resident died. */
  DECEASED("死亡"),
  /** 失访: the resident can no longer be reached. */
  LOST_TO_FOLLOW_UP("失访"),
  /** 注销: cancelled for another reason (refusal, created in error, other). */
  CANCELLED("注销");

  private final String chineseName;

  ArchiveStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
