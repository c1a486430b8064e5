package io.github.weisheng.examples.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Providers;
import io.github.weisheng.examples.plugins.access.HostAccessPolicy;
import io.github.weisheng.examples.plugins.access.StaffDirectory;
import io.github.weisheng.examples.plugins.csv.CsvRenderer;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.tck.SampleReports;
import io.github.weisheng.store.InMemoryRecordStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of examples/plugins/README.md, compiled and run here, and checked to be the text the
 * README shows: each block between {@code // README:<name>} and {@code // README:end} below appears
 * in the README as it is (less the method's indentation).
 */
class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/weisheng/examples/plugins/ReadmeExampleTest.java");
  private static final Path README = Path.of("README.md");
  private static final Path MODULE_INFO = Path.of("src/main/java/module-info.java");

  @TempDir Path dir;

  @Test
  void explicitRegistration() throws IOException {
    RecordStore store = InMemoryRecordStore.create();
    ReportDocument summary = SampleReports.workSummary();
    Path out = dir.resolve("out");
    // README:explicit
    ReportRenderers renderers = ReportRenderers.builtIn().with(CsvRenderer.create());
    StaffDirectory directory = StaffDirectory.sample();   // or your own: StaffDirectory.builder()…
    CommunityHealth health = CommunityHealth.builder()
        .store(store)
        .accessPolicy(HostAccessPolicy.of(directory))
        .build();
    // README:end
    // README:use
    HealthSession nurse = health.as(directory.principal("n2001", "社区护士", "全科二团队", true));
    Path csv = renderers.write(summary, "csv", out, "work-summary");   // out/work-summary.csv
    // README:end
    assertThat(nurse.principal().roles()).contains("duty:night");
    assertThat(csv).isEqualTo(out.resolve("work-summary.csv"));
    assertThat(Files.readString(csv)).startsWith("\uFEFFkind,section,block,caption,row,label,value,unit\r\n");
  }

  @Test
  void registrationThroughServiceLoader() {
    RecordStore store = InMemoryRecordStore.create();
    // README:discovered
    Providers found = Providers.discover(getClass().getClassLoader());   // or .none() to switch it off
    ReportRenderers renderers = ReportRenderers.from(found);             // csv beside html, markdown, …
    CommunityHealth health = CommunityHealth.builder()
        .store(store)
        .providers(found)
        .accessPolicy("example-host", Map.of("vip-scopes", "110105001009"))
        .build();
    // README:end
    assertThat(renderers.formats()).contains("csv", "html");
    assertThat(health.accessPolicy()).isInstanceOf(HostAccessPolicy.class);
  }

  @Test
  void theReadmeShowsThisCodeAndTheModulesDeclarations() throws IOException {
    String readme = Files.readString(README);
    List<String> snippets = snippets(Files.readString(SOURCE));
    assertThat(snippets).hasSize(3);
    for (String snippet : snippets) {
      assertThat(readme).as("README shows").contains(snippet);
    }
    String readmeWords = readme.replaceAll("\\s+", " ");
    Matcher provides = Pattern.compile("provides [^;]+;").matcher(Files.readString(MODULE_INFO));
    int count = 0;
    while (provides.find()) {
      assertThat(readmeWords).contains(provides.group().replaceAll("\\s+", " "));
      count++;
    }
    assertThat(count).isEqualTo(2);
    for (String services : List.of("io.github.weisheng.spi.report.ReportRendererProvider",
        "io.github.weisheng.spi.access.AccessPolicyProvider")) {
      String declared = Files.readString(Path.of("src/main/resources/META-INF/services", services)).strip();
      assertThat(readme).contains("META-INF/services/" + services).contains(declared);
    }
  }

  /** The blocks between the README markers of a source, without the method body's indentation. */
  private static List<String> snippets(String source) {
    List<String> snippets = new ArrayList<>();
    Matcher m = Pattern.compile("    // README:(?!end)\\w+\\n(.*?)    // README:end\\n", Pattern.DOTALL).matcher(source);
    while (m.find()) {
      snippets.add(m.group(1).replaceAll("(?m)^    ", "").stripTrailing());
    }
    return snippets;
  }
}
