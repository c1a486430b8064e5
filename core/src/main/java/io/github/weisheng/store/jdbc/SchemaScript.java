package io.github.weisheng.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One versioned DDL script of the JDBC record store (数据库结构迁移脚本): the store applies the
 * scripts in version order and records each in table {@code ws_schema}; a host that manages its own
 * DDL may run them itself.
 *
 * <p>Script text: statements end with a semicolon at the end of a line; lines whose first
 * non-blank characters are {@code --} are comments. The last statement of each script inserts its
 * own row into {@code ws_schema}.
 *
 * @since 0.1.0
 */
public final class SchemaScript {
  private final int version;
  private final String description;
  private final String sql;

  private SchemaScript(int version, String description, String sql) {
    this.description = Objects.requireNonNull(description, "description");
    this.sql = Objects.requireNonNull(sql, "sql");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 / 版本号须 >= 1");
    }
    this.version = version;
  }

  /**
   * Returns a script.
   *
   * @param version the schema version the script brings the store to, 1 for the first
   * @param description a short description (the part of the file name after {@code V<n>__})
   * @param sql the script text
   * @return the script
   */
  public static SchemaScript of(int version, String description, String sql) {
    return new SchemaScript(version, description, sql);
  }

  /**
   * Returns the schema version this script brings the store to.
   *
   * @return the version, 1 for the first script
   */
  public int version() {
    return version;
  }

  /**
   * Returns the short description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the whole script text.
   *
   * @return the SQL text
   */
  public String sql() {
    return sql;
  }

  /**
   * Returns the script's statements, without comments and without the terminating semicolons, in
   * order, ready for {@link java.sql.Statement#execute(String)}.
   *
   * @return the statements
   */
  public List<String> statements() {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      if (trimmed.endsWith(";")) {
        current.append(line, 0, line.lastIndexOf(';'));
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return List.copyOf(statements);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaScript s
        && version == s.version
        && description.equals(s.description)
        && sql.equals(s.sql);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, description, sql);
  }

  @Override
  public String toString() {
    return "SchemaScript[V" + version + "__" + description + "]";
  }
}
