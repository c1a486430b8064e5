package io.github.weisheng.spi.access;

/**
 * What a principal asks to do with a resource.
 *
 * @since 0.1.0
 */
public enum Action {
  /** Read one record, personal data included (查看). */
  READ,
  /** Search or list records (检索). */
  SEARCH,
  /** Create a record (新建, 建档). */
  CREATE,
  /** Amend a record; the old version is kept (修改). */
  AMEND,
  /** Close a record: transfer out, death, loss to follow-up, cancellation (结案, 注销). */
  CLOSE,
  /** Export records out of the system (导出). */
  EXPORT,
  /** Compute aggregate figures (统计, 报表). */
  REPORT
}
