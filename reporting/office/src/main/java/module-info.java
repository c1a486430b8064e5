/**
 * Weisheng's office renderers: reports as Word (DOCX) documents in the layout of Chinese official
 * documents and as Excel (XLSX) workbooks, on Apache POI. Optional: add this module to offer them.
 *
 * @since 0.1.0
 */
module io.github.weisheng.reporting.office {
  requires transitive io.github.weisheng.reporting;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports io.github.weisheng.reporting.office;

  provides io.github.weisheng.spi.report.ReportRendererProvider with
      io.github.weisheng.reporting.office.DocxRenderer,
      io.github.weisheng.reporting.office.XlsxRenderer;
}
