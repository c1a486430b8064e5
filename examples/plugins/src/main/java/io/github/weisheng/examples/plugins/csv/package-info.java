/**
 * A report renderer plug-in (报告渲染插件): {@link io.github.weisheng.examples.plugins.csv.CsvRenderer}
 * writes a report as CSV for spreadsheets and data warehouses, and {@link
 * io.github.weisheng.examples.plugins.csv.CsvRendererProvider} is what {@code ServiceLoader} finds.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.examples.plugins.csv;

import org.jspecify.annotations.NullMarked;
