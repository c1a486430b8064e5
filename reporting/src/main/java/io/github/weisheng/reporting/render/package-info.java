/**
 * The built-in report renderers (报告渲染): Markdown, HTML (one self-contained page with inline SVG
 * charts, printable), JSON and plain text, and {@link io.github.weisheng.reporting.render.ReportRenderers},
 * the registry a host picks a format from. Each implements {@link
 * io.github.weisheng.spi.report.ReportRenderer} and passes the renderer TCK.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.reporting.render;

import org.jspecify.annotations.NullMarked;
