package io.github.weisheng.population;

/**
 * Where a date falls against a {@link ServiceWindow} (服务时限): before it opens, inside it, or after
 * it closes.
 *
 * @since 0.1.0
 */
public enum WindowStatus {
  /** 未到期: the window has not opened yet. */
  NOT_YET_OPEN,
  /** 应服务: inside the window (the service is due). */
  OPEN,
  /** 逾期: the window has closed. */
  CLOSED
}
