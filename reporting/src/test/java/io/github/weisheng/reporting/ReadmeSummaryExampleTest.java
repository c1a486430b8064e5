package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.report.ReportContributor;
import io.github.weisheng.spi.report.ReportRequest;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's work-summary example, compiled and run as a statistician, and checked to be the text the README shows. */
class ReadmeSummaryExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/weisheng/reporting/ReadmeSummaryExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @TempDir Path dir;

  private static final ReportContributor myOutpatientFigures = new ReportContributor() {
    @Override
    public String id() {
      return "outpatients";
    }

    @Override
    public List<Section> sections(ReportRequest request) {
      return List.of(Section.of("基本医疗", io.github.weisheng.spi.report.Paragraph.text("全年门诊78649人次。")));
    }
  };

  @Test
  void theReadmeExampleWritesTheSummaryAsAStatistician() throws IOException {
    CommunityHealth health = CommunityHealth.builder().store(InMemoryRecordStore.create())
        .accessPolicy(DefaultAccessPolicy.defaults()).build();
    HealthSession statistician = health.as(Principal.of("tj-1", Set.of("statistician"), Set.of("110105001")));
    Path outputFolder = dir.resolve("out");
    // README:begin
WorkSummary summary = WorkSummary.builder()
    .session(statistician)                                         // any role that may report on aggregates
    .unit("南大街社区卫生服务站", OrgUnitId.of("nandajie"), InstitutionLevel.STATION)
    .area(AreaScope.parse("110105001001"))
    .period(ReportingPeriod.year(2026))
    .population(Map.of(CommitteeCode.parse("110105001001"), 8136L)) // 常住人口, from the host
    .contributor(myOutpatientFigures)                               // the host's own sections
    .build();
summary.export(ReportRenderers.builtIn(), "html", outputFolder, "summary");    // an audited export
    // README:end
    assertThat(Files.readString(outputFolder.resolve("summary.html"), StandardCharsets.UTF_8)).contains("南大街社区卫生服务站", "全年门诊78649人次");
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    String shown = source.subList(source.indexOf("    // README:begin") + 1, source.indexOf("    // README:end")).stream()
        .collect(Collectors.joining("\n"));
    assertThat(Files.readString(README)).contains(shown);
  }
}
