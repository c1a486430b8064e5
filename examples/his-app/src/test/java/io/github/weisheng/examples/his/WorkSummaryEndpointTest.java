package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/work-summary?year=&format=}: the township officer downloads the 2025 summary. */
class WorkSummaryEndpointTest extends HisTest {

  private static final AtomicInteger RESIDENTS = new AtomicInteger();

  @BeforeEach
  void oneMoreArchive() {
    int n = RESIDENTS.incrementAndGet();
    openArchive(OFFICER, Residents.archive("ws-" + n, "林静", LocalDate.of(1949, 10, 1), 400 + n,
        "110105001003", "team-ws"));
  }

  private ResponseEntity<byte[]> download(String format) {
    return as(OFFICER).getForEntity("/api/work-summary?year=2025&format=" + format, byte[].class);
  }

  @Test
  void theWordDownloadIsADocumentPoiOpens() throws IOException {
    ResponseEntity<byte[]> docx = download("docx");

    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    assertThat(docx.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx.getHeaders().getContentDisposition().getFilename()).isEqualTo("work-summary-2025.docx");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(document.getParagraphs()).isNotEmpty();
      assertThat(text.getText()).contains("朝阳区示例街道社区卫生服务中心").contains("2025");
    }
  }

  @Test
  void theExcelDownloadIsAWorkbookPoiOpens() throws IOException {
    ResponseEntity<byte[]> xlsx = download("xlsx");

    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("work-summary-2025.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
    }
  }

  @Test
  void theHtmlMarkdownAndJsonDownloads() throws IOException {
    ResponseEntity<byte[]> html = download("html");
    assertThat(html.getStatusCode().value()).isEqualTo(200);
    assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(new String(html.getBody(), StandardCharsets.UTF_8)).contains("<html").contains("社区卫生服务中心");

    ResponseEntity<byte[]> markdown = download("md");
    assertThat(markdown.getStatusCode().value()).isEqualTo(200);
    assertThat(markdown.getHeaders().getContentDisposition().getFilename()).endsWith(".md");
    assertThat(new String(markdown.getBody(), StandardCharsets.UTF_8)).startsWith("#");

    ResponseEntity<byte[]> json = download("json");
    assertThat(json.getStatusCode().value()).isEqualTo(200);
    JsonNode document = this.json.readTree(json.getBody());
    assertThat(document.isObject()).isTrue();
    assertThat(document.toString()).contains("建档率");
  }

  /** The audit events of one user: action and kind of each. */
  private java.util.List<String> auditOf(String user) {
    return jdbc.queryForList("SELECT body FROM ws_record_version WHERE kind = 'audit'", byte[].class).stream()
        .map(body -> {
          try {
            return json.readTree(body);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .filter(event -> event.get("principalId").asText().equals(user))
        .map(event -> event.get("action").asText() + " " + event.get("kind").asText() + " " + event.get("outcome").asText())
        .toList();
  }

  @Test
  void aStatisticianDownloadsTheSummaryButReadsNoArchiveAndBothAreAudited() throws IOException {
    ResponseEntity<byte[]> xlsx = as(STATISTICIAN).getForEntity("/api/work-summary?year=2025&format=xlsx", byte[].class);

    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
    }
    java.util.List<String> events = auditOf(STATISTICIAN);
    assertThat(events).contains("REPORT report.work-summary SUCCEEDED", "REPORT archive SUCCEEDED",
        "EXPORT report.work-summary SUCCEEDED");
    assertThat(events).allMatch(e -> e.startsWith("REPORT ") || e.startsWith("EXPORT "));

    String number = openArchive(OFFICER, Residents.archive("ws-stat", "林静", LocalDate.of(1950, 10, 1), 499,
        "110105001003", "team-ws"));
    assertThat(get(STATISTICIAN, "/api/archives/" + number).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aCommitteeCadreGetsNoSummaryAndNothingIsExported() {
    java.util.List<String> before = auditOf(CADRE);
    ResponseEntity<JsonNode> refused = get(CADRE, "/api/work-summary?year=2025&format=html");

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    java.util.List<String> added = new java.util.ArrayList<>(auditOf(CADRE));
    before.forEach(added::remove);
    assertThat(added).containsExactly("REPORT report.work-summary DENIED");
  }

  @Test
  void anUnknownFormatIsA400() {
    ResponseEntity<JsonNode> refused = get(OFFICER, "/api/work-summary?year=2025&format=pdf");

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("detail").asText()).contains("docx");
  }
}
