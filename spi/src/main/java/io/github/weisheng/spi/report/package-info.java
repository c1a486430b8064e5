/**
 * The report contract: a renderer-neutral {@link io.github.weisheng.spi.report.ReportDocument}
 * (title, numbered sections, paragraphs with inline figures, tables, charts, key figures) and the
 * {@link io.github.weisheng.spi.report.ReportRenderer} that writes it in one format (HTML, Word,
 * Excel, Markdown, JSON …). A renderer knows nothing of residents or indicators: the reporting module
 * builds the document, a renderer only lays it out.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.spi.report;

import org.jspecify.annotations.NullMarked;
