/**
 * The {@code weisheng} command-line tool: Weisheng's rules at the command line (ID numbers, archive
 * numbers, follow-ups, risk, vaccination forecasts, vector densities) and a resident import into the
 * embedded H2 file store, and the work summary of a store ({@code weisheng summary}).
 */
module io.github.weisheng.examples.cli {
  requires io.github.weisheng.core;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires com.h2database;
  requires java.sql;
  requires io.github.weisheng.examples.quickstart;

  opens io.github.weisheng.examples.cli to info.picocli, com.fasterxml.jackson.databind;
}
