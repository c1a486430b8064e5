/**
 * Weisheng reporting: the official indicators computed from the records, with the members behind
 * every numerator and denominator, and the built-in report renderers (Markdown, HTML, JSON, text).
 *
 * @since 0.1.0
 */
module io.github.weisheng.reporting {
  requires transitive io.github.weisheng.core;
  requires com.google.common;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.weisheng.reporting;
  exports io.github.weisheng.reporting.render;

  provides io.github.weisheng.spi.report.ReportRendererProvider with
      io.github.weisheng.reporting.render.MarkdownRenderer,
      io.github.weisheng.reporting.render.HtmlRenderer,
      io.github.weisheng.reporting.render.JsonRenderer,
      io.github.weisheng.reporting.render.TextRenderer;
}
