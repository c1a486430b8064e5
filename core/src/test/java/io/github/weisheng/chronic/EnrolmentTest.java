package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnrolmentTest {
  private static final ArchiveNumber ARCHIVE = ArchiveNumber.of(CommitteeCode.parse("110105001001"), 42);
  private static final LocalDate ENROLLED = LocalDate.of(2025, 3, 1);
  private final JsonCodec json = JsonCodec.create();

  /** An enrolment of the archive, every attribute but the previous one and the closure given. */
  static Enrolment.Builder enrolment(
      String id, ChronicCondition condition, String code, LocalDate on, String institution, String team) {
    return Enrolment.builder()
        .id(EnrolmentId.parse(id))
        .archive(ARCHIVE)
        .condition(condition)
        .diagnosis(IcdCode.parse(code))
        .enrolledOn(on)
        .diagnosingInstitution(institution)
        .team(OrgUnitId.of(team));
  }

  /** A typical first enrolment: hypertension confirmed by the district hospital. */
  static Enrolment.Builder hypertension(String id) {
    return hypertension(id, "I10");
  }

  static Enrolment.Builder hypertension(String id, String code) {
    return enrolment(id, ChronicCondition.HYPERTENSION, code, ENROLLED, "朝阳区第二医院", "team-3");
  }

  @Test
  void anEnrolmentIsActiveUntilClosed() {
    Enrolment e = hypertension("e-1").build();
    assertThat(e.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(e.isActive()).isTrue();
    assertThat(e.previous()).isEmpty();

    Enrolment closed = e.withClosure(EnrolmentClosure.movedOut(ENROLLED.plusMonths(8)));
    assertThat(closed.status()).isEqualTo(EnrolmentStatus.CLOSED);
    assertThat(closed.isActive()).isFalse();
    assertThat(closed.closure().map(EnrolmentClosure::reason)).contains(EnrolmentClosureReason.MOVED_OUT);
    assertThat(EnrolmentStatus.ACTIVE.chineseName()).isEqualTo("在管");
    assertThat(EnrolmentStatus.CLOSED.chineseName()).isEqualTo("已结案");
  }

  @Test
  void theDiagnosisMustBeACodeOfTheCondition() {
    // E11.9 is type 2 diabetes; I16 (hypertensive crisis) is a US ICD-10-CM code, not WHO
    for (String code : new String[] {"E11.9", "I16", "I14", "I69"}) {
      assertThatThrownBy(() -> hypertension("e-1", code).build())
          .isInstanceOfSatisfying(RuleViolationException.class, e -> {
            RuleViolation v = e.violations().get(0);
            assertThat(v.field()).isEqualTo("enrolment.diagnosis");
            assertThat(v.rule()).isEqualTo("enrolment.diagnosisOutsideCondition");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("HYPERTENSION").contains("I10-I13, I15")
                .doesNotContain(code + " ");
            assertThat(e.getMessage(Locale.CHINESE)).contains("不是高血压的诊断编码");
          });
    }
    Enrolment diabetes = enrolment("e-2", ChronicCondition.TYPE_2_DIABETES, "E11.9", ENROLLED, "市一院", "t").build();
    assertThat(diabetes.condition()).isEqualTo(ChronicCondition.TYPE_2_DIABETES);
    Enrolment stroke = enrolment("e-3", ChronicCondition.STROKE, "I69.3", ENROLLED, "市一院", "t").build();
    assertThat(stroke.diagnosis().category()).isEqualTo(IcdCode.parse("I69"));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThatThrownBy(() -> enrolment("e-1", ChronicCondition.HYPERTENSION, "J44.9", ENROLLED, " ", "team-3")
            .previous(EnrolmentId.parse("e-1"))
            .build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
            .extracting(RuleViolation::toString)
            .containsExactly(
                "enrolment.diagnosis [enrolment.diagnosisOutsideCondition]",
                "enrolment.diagnosingInstitution [enrolment.text]",
                "enrolment.previous [enrolment.previousIsSelf]"));
    assertThatThrownBy(() -> enrolment("e-1", ChronicCondition.HYPERTENSION, "I10", ENROLLED, "院".repeat(201), "t")
            .build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violates("enrolment.text")).isTrue());
    assertThat(enrolment("e-1", ChronicCondition.HYPERTENSION, "I10", ENROLLED, "院".repeat(200), "t").build()
        .diagnosingInstitution()).hasSize(200);
  }

  @Test
  void managementCannotEndBeforeItBegan() {
    Enrolment e = hypertension("e-1").build();
    assertThatThrownBy(() -> e.withClosure(EnrolmentClosure.death(ENROLLED.minusDays(1))))
        .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations()).singleElement()
            .hasToString("enrolment.closure.on [enrolment.closureBeforeEnrolment]"));
    // the same day is allowed
    assertThat(e.withClosure(EnrolmentClosure.death(ENROLLED)).isActive()).isFalse();
  }

  @Test
  void jsonRoundTripsPreserveEqualityAndTheStatusIsDerived() {
    qt().forAll(integers().between(0, ChronicCondition.values().length - 1), integers().between(0, 3000),
            integers().between(0, 4), integers().between(0, 400))
        .checkAssert((conditionIndex, days, closure, closedAfter) -> {
          ChronicCondition condition = ChronicCondition.values()[conditionIndex];
          LocalDate enrolled = LocalDate.of(2018, 1, 1).plusDays(days);
          Enrolment.Builder builder = enrolment("e-" + days, condition, firstCode(condition), enrolled, "区医院", "t-1");
          if (closure % 2 == 1) {
            builder.previous(EnrolmentId.random());
          }
          Enrolment open = builder.build();
          LocalDate closedOn = enrolled.plusDays(closedAfter);
          Enrolment value = switch (closure) {
            case 0, 1 -> open;
            case 2 -> open.withClosure(EnrolmentClosure.death(closedOn));
            case 3 -> open.withClosure(EnrolmentClosure.lostToFollowUp(closedOn, "多次联系未果"));
            default -> open.withClosure(EnrolmentClosure.other(closedOn, "排除诊断"));
          };
          String text = new String(json.write(value), StandardCharsets.UTF_8);
          assertThat(text).doesNotContain("\"status\"");
          Enrolment read = json.read(json.write(value), Enrolment.class);
          assertThat(read).isEqualTo(value);
          assertThat(read.status()).isEqualTo(value.closure().isPresent() ? EnrolmentStatus.CLOSED : EnrolmentStatus.ACTIVE);
        });
  }

  /** The first code of a condition's first range: always one of its own. */
  private static String firstCode(ChronicCondition condition) {
    return condition.icdRanges().get(0).split("-")[0];
  }

  @Test
  void toStringShowsNoClosureNote() {
    Enrolment closed = hypertension("e-1").build()
        .withClosure(EnrolmentClosure.lostToFollowUp(ENROLLED.plusDays(90), "家属称已去外地"));
    assertThat(closed.toString()).doesNotContain("外地").contains("HYPERTENSION");
  }

  @Test
  void equalityAndNullChecks() {
    Enrolment a = hypertension("e-1").build();
    new EqualsTester()
        .addEqualityGroup(a, hypertension("e-1").build())
        .addEqualityGroup(hypertension("e-2").build())
        .addEqualityGroup(hypertension("e-1", "I10.0").build())
        .addEqualityGroup(enrolment("e-1", ChronicCondition.HYPERTENSION, "I10", ENROLLED, "朝阳区第二医院", "team-4").build())
        .addEqualityGroup(hypertension("e-1").previous(EnrolmentId.parse("e-0")).build())
        .addEqualityGroup(a.withClosure(EnrolmentClosure.movedOut(ENROLLED)))
        .testEquals();
    new NullPointerTester()
        .setDefault(EnrolmentClosure.class, EnrolmentClosure.movedOut(ENROLLED))
        .testAllPublicInstanceMethods(a);
  }
}
