package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaScriptTest {

  @Test
  @DisplayName("statements() splits at line-ending semicolons and drops comment lines")
  void statementsSplitAtLineEndingSemicolons() {
    SchemaScript script = SchemaScript.of(2, "demo", String.join("\n",
        "-- header comment",
        "CREATE TABLE t (",
        "  a INTEGER, -- trailing comments stay inside a statement",
        "  b VARCHAR(3)",
        ");",
        "",
        "   -- indented comment",
        "INSERT INTO t VALUES (1, 'x;y');",
        "CREATE INDEX t_a ON t (a)"));
    assertThat(script.statements()).containsExactly(
        "CREATE TABLE t (\n  a INTEGER, -- trailing comments stay inside a statement\n  b VARCHAR(3)\n)",
        "INSERT INTO t VALUES (1, 'x;y')",
        "CREATE INDEX t_a ON t (a)");
    assertThat(script).hasToString("SchemaScript[V2__demo]");
  }

  @Test
  void versionsStartAtOne() {
    assertThatThrownBy(() -> SchemaScript.of(0, "zero", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(SchemaScript.of(1, "a", "SELECT 1;"), SchemaScript.of(1, "a", "SELECT 1;"))
        .addEqualityGroup(SchemaScript.of(2, "a", "SELECT 1;"))
        .addEqualityGroup(SchemaScript.of(1, "b", "SELECT 1;"))
        .addEqualityGroup(SchemaScript.of(1, "a", "SELECT 2;"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(SchemaScript.class);
  }
}
