package io.github.weisheng.examples.his;

import io.github.weisheng.HealthSession;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.report.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centre's work summary (工作总结) for a year, drafted from the records in the user's scopes and
 * downloaded as HTML, Word, Excel, Markdown or JSON.
 */
@RestController
class WorkSummaryController {
  /** The format names the endpoint takes, to the renderers' format ids. */
  static final Map<String, String> FORMATS = Map.of(
      "html", "html", "docx", "docx", "xlsx", "xlsx", "md", "markdown", "json", "json");

  private final HisProperties properties;
  private final ReportRenderers renderers;

  WorkSummaryController(HisProperties properties, ReportRenderers renderers) {
    this.properties = properties;
    this.renderers = renderers;
  }

  /**
   * Downloads the work summary: {@code GET /api/work-summary?year=2025&format=docx}.
   *
   * @param session Weisheng acting for the user (computing and exporting the summary are audited)
   * @param year the calendar year
   * @param format html, docx, xlsx, md or json
   * @return the document as an attachment
   */
  @GetMapping("/api/work-summary")
  ResponseEntity<byte[]> download(HealthSession session, @RequestParam int year,
      @RequestParam(defaultValue = "html") String format) {
    String formatId = Optional.ofNullable(FORMATS.get(format)).orElseThrow(() -> new ErrorResponseException(
        HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "format: one of html, docx, xlsx, md, json / 格式须为 html、docx、xlsx、md、json 之一"), null));
    HisProperties.Centre centre = properties.centre();
    Map<CommitteeCode, Long> population = new TreeMap<>();
    properties.population().forEach((committee, count) -> population.put(CommitteeCode.parse(committee), count));
    WorkSummary summary = WorkSummary.builder()
        .session(session)
        .unit(centre.name(), OrgUnitId.of(centre.institution()), InstitutionLevel.CENTRE)
        .area(AreaScope.of(TownshipCode.parse(centre.township())))
        .period(ReportingPeriod.year(year))
        .population(population)
        .build();
    ReportRenderer renderer = renderers.get(formatId);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      summary.export(renderer, body); // an audited export (导出), refused for a role that may not export
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(renderer.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("work-summary-" + year + "." + renderer.fileExtension()).build().toString())
        .body(body.toByteArray());
  }
}
