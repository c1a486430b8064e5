package io.github.weisheng.examples.cli;

/**
 * The exit codes of every subcommand (documented in docs/cli.md).
 */
final class ExitCode {
  /** Success: the number is valid, the input was assessed, every row was imported. */
  static final int OK = 0;
  /** The input broke a rule: an invalid ID number, a follow-up input out of range, a rejected row. */
  static final int RULE_BROKEN = 1;
  /** Usage error: an unknown option, a missing parameter (picocli's own code). */
  static final int USAGE = 2;
  /** An input file could not be read or is not well-formed JSON/CSV/XLSX, or the store failed. */
  static final int INPUT_ERROR = 3;
  /** A defect of the tool: the exception's type is printed, never its message (which might hold data). */
  static final int INTERNAL = 4;

  private ExitCode() {}
}
