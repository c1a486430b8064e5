/**
 * The office renderers: {@link io.github.weisheng.reporting.office.DocxRenderer} (Word, in the layout
 * of GB/T 9704-2012) and {@link io.github.weisheng.reporting.office.XlsxRenderer} (Excel, a summary
 * sheet and one sheet per top section, numbers as numbers).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.weisheng.reporting.office;

import org.jspecify.annotations.NullMarked;
