package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.StoreException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Turns driver exceptions into {@link StoreException}s that carry no personal data.
 *
 * <p>Drivers quote values in their messages (H2 prints the offending value of a constraint or a
 * too-long column, PostgreSQL the key of a unique violation), so a driver exception is never
 * attached as it is: the cause chain is rebuilt with the class name, SQLState, vendor code and
 * stack trace of each exception, and its message withheld.
 */
final class JdbcFailures {
  /** Unique violation, serialization failure, deadlock (both databases), H2's concurrent update. */
  private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "90131");

  private static final int MAX_CAUSES = 8;

  private JdbcFailures() {}

  /**
   * Returns the exception to throw when {@code what} failed.
   *
   * @param what what was being done, naming records by kind and id only
   * @param e the driver's exception
   */
  static StoreException failure(String what, Throwable e) {
    return new StoreException(
        what + " failed: " + describe(e) + " / 数据库操作失败", withheld(e, 0));
  }

  /** Tells whether the failure is a write conflict that a retry of the transaction may resolve. */
  static boolean isConflict(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && CONFLICTS.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable e) {
    if (e instanceof SQLException s) {
      return e.getClass().getName() + " (SQLState " + s.getSQLState() + ", vendor code "
          + s.getErrorCode() + ")";
    }
    return e.getClass().getName();
  }

  /** A copy of the exception and its causes with every message withheld. */
  static Throwable withheld(Throwable e, int depth) {
    Throwable copy;
    String message = describe(e) + ": message withheld, it may quote personal data";
    if (e instanceof SQLException s) {
      copy = new SQLException(message, s.getSQLState(), s.getErrorCode());
    } else {
      copy = new Exception(message);
    }
    copy.setStackTrace(e.getStackTrace());
    Throwable cause = e.getCause();
    if (cause == null && e instanceof SQLException s && s.getNextException() != null) {
      cause = s.getNextException();
    }
    if (cause != null && cause != e && depth < MAX_CAUSES) {
      copy.initCause(withheld(cause, depth + 1));
    }
    return copy;
  }
}
