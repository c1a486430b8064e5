package io.github.weisheng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, compiled and run, and checked to be the text the README shows. */
class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/weisheng/ReadmeExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @TempDir Path dir;

  @Test
  void theReadmeExampleOpensAnArchive() {
    Path data = dir.resolve("weisheng-data");
    HealthArchive opened = example(data);
    assertThat(opened.number().value()).isEqualTo("11010500100100001");
  }

  private static HealthArchive example(Path dataFolder) {
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(dataFolder)) {
      // README:begin
CommunityHealth health = CommunityHealth.builder()
    .store(store)   // or your own RecordStore
    .accessPolicy(DefaultAccessPolicy.defaults())                   // or your own AccessPolicy
    .build();
HealthSession doctor = health.as(Principal.of("dr-wang", Set.of("family-doctor"), Set.of("110105001")));
Resident resident = Resident.builder().id(ResidentId.parse("his-0001")).name("张秀英")
    .sex(Sex.FEMALE).birthDate(LocalDate.of(1949, 12, 31)).citizenId(CitizenId.parse("11010519491231002X"))
    .address("朝阳路12号院3号楼201室").committee(CommitteeCode.parse("110105001001"))
    .residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build();
Recorded<HealthArchive> archive = doctor.archives().open(NewArchive.builder().resident(resident)
    .openedOn(LocalDate.of(2026, 1, 5)).institution(OrgUnitId.of("chaoyang-centre")).build());
System.out.println(archive.value().number());   // 11010500100100001
      // README:end
      return archive.value();
    }
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    List<String> snippet = source.subList(source.indexOf("      // README:begin") + 1, source.indexOf("      // README:end"));
    String readme = Files.readString(README);
    // the README opens the store in place; everything after the first two lines is identical
    String shown = snippet.subList(2, snippet.size()).stream().collect(Collectors.joining("\n"));
    assertThat(readme).contains(shown);
    assertThat(readme).contains(".store(JdbcRecordStore.openH2File(Path.of(\"weisheng-data\")))   // or your own RecordStore");
  }
}
