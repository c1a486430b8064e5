package io.github.weisheng;

import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JavaType;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FollowUpVisitId;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.HomeFollowUpId;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.population.PopulationCaseId;
import io.github.weisheng.resident.HouseholdId;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.sanitation.ActivityId;
import io.github.weisheng.sanitation.CampaignId;
import io.github.weisheng.sanitation.FrontageUnitId;
import io.github.weisheng.sanitation.InspectionId;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.spi.storage.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link TokenId} through each of its fifteen kinds: the token shape and each kind's own rule, the
 * JSON form (a bare string, also as a map key), equality only within a kind, and String order.
 */
class TokenIdTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  /** One kind of id: its class, its field (the rule is {@code <field>.format}), its factories. */
  private record Kind<T extends TokenId<T>>(
      Class<T> type, String field, Function<CharSequence, T> parse, @Nullable Supplier<T> random) {}

  private static final List<Kind<?>> KINDS =
      List.of(
          new Kind<>(ActivityId.class, "activityId", ActivityId::parse, ActivityId::random),
          new Kind<>(CampaignId.class, "campaignId", CampaignId::parse, CampaignId::random),
          new Kind<>(CaseReportId.class, "caseReportId", CaseReportId::parse, CaseReportId::random),
          new Kind<>(EducationActivityId.class, "educationActivityId", EducationActivityId::parse,
              EducationActivityId::random),
          new Kind<>(EnrolmentId.class, "enrolmentId", EnrolmentId::parse, EnrolmentId::random),
          new Kind<>(FollowUpVisitId.class, "followUpVisitId", FollowUpVisitId::parse,
              FollowUpVisitId::random),
          new Kind<>(FrontageUnitId.class, "frontageUnitId", FrontageUnitId::parse, FrontageUnitId::random),
          new Kind<>(HomeFollowUpId.class, "homeFollowUpId", HomeFollowUpId::parse, HomeFollowUpId::random),
          new Kind<>(HouseholdId.class, "householdId", HouseholdId::parse, HouseholdId::random),
          new Kind<>(InspectionId.class, "inspectionId", InspectionId::parse, InspectionId::random),
          new Kind<>(OrgUnitId.class, "orgUnitId", OrgUnitId::parse, null),
          new Kind<>(PopulationCaseId.class, "populationCaseId", PopulationCaseId::parse,
              PopulationCaseId::random),
          new Kind<>(ResidentId.class, "residentId", ResidentId::parse, ResidentId::random),
          new Kind<>(SurveyId.class, "surveyId", SurveyId::parse, SurveyId::random),
          new Kind<>(VaccinationRecordId.class, "vaccinationRecordId", VaccinationRecordId::parse,
              VaccinationRecordId::random));

  /** Tokens of 1–64 characters, each from {@code [A-Za-z0-9._-]}. */
  private static Gen<String> tokens() {
    return strings()
        .betweenCodePoints(0, ALPHABET.length() - 1)
        .ofLengthBetween(1, 64)
        .map(s -> s.chars().mapToObj(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void theKindsAreEveryPermittedSubclassFinalWithAJsonCreatorParse() throws NoSuchMethodException {
    assertThat(Arrays.asList(TokenId.class.getPermittedSubclasses()))
        .containsExactlyInAnyOrderElementsOf(KINDS.stream().map(Kind::type).toList());
    for (Kind<?> kind : KINDS) {
      assertThat(Modifier.isFinal(kind.type().getModifiers())).as(kind.field()).isTrue();
      assertThat(kind.type().getConstructors()).as(kind.field()).isEmpty();
      Method parse = kind.type().getMethod("parse", CharSequence.class);
      assertThat(parse.isAnnotationPresent(JsonCreator.class)).as(kind.field()).isTrue();
    }
  }

  @Test
  void everyTokenRoundTripsThroughParseValueToStringAndJson() {
    qt().forAll(tokens()).checkAssert(token -> KINDS.forEach(kind -> assertRoundTrips(kind, token)));
  }

  private static <T extends TokenId<T>> void assertRoundTrips(Kind<T> kind, String token) {
    T id = kind.parse().apply(token);
    assertThat(id.value()).isEqualTo(token);
    assertThat(id).hasToString(token).isEqualTo(kind.parse().apply(new StringBuilder(token)));
    byte[] json = JSON.write(id);
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo('"' + token + '"');
    assertThat(JSON.read(json, kind.type())).isEqualTo(id);
    Map<T, String> keyed = Map.of(id, "v");
    byte[] keyedJson = JSON.write(keyed);
    assertThat(new String(keyedJson, StandardCharsets.UTF_8)).isEqualTo("{\"" + token + "\":\"v\"}");
    assertThat(readMap(keyedJson, kind.type())).isEqualTo(keyed);
  }

  private static <T> Map<T, String> readMap(byte[] json, Class<T> keyType) {
    JavaType type =
        JSON.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, keyType, String.class);
    try {
      return JSON.mapper().readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyOtherShapeBreaksTheKindsOwnRule() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .assuming(s -> !s.matches("[A-Za-z0-9._-]{1,64}"))
        .checkAssert(text -> KINDS.forEach(kind -> assertRefused(kind, text)));
  }

  @Test
  void sixtyFourCharactersAreTheLimitAndJsonGoesThroughParse() {
    for (Kind<?> kind : KINDS) {
      assertThat(kind.parse().apply("x".repeat(64)).value()).hasSize(64);
      assertRefused(kind, "x".repeat(65));
      assertRefused(kind, "");
      assertThatThrownBy(() -> JSON.read("\"a b\"".getBytes(StandardCharsets.UTF_8), kind.type()))
          .as(kind.field())
          .isInstanceOf(StoreException.class);
    }
  }

  private static void assertRefused(Kind<?> kind, String text) {
    assertRules(text, () -> kind.parse().apply(text), kind.field() + " [" + kind.field() + ".format]");
  }

  @Test
  void idsOfTwoKindsAreNeverEqualEvenWithOneToken() {
    qt().forAll(tokens())
        .checkAssert(
            token -> {
              for (Kind<?> a : KINDS) {
                TokenId<?> id = a.parse().apply(token);
                assertThat(id).isEqualTo(a.parse().apply(token)).hasSameHashCodeAs(token);
                for (Kind<?> b : KINDS) {
                  if (b != a) {
                    assertThat(id).as(a.field() + " vs " + b.field()).isNotEqualTo(b.parse().apply(token));
                  }
                }
              }
            });
  }

  @Test
  void equality() {
    EqualsTester tester = new EqualsTester();
    for (Kind<?> kind : KINDS) {
      tester.addEqualityGroup(kind.parse().apply("t-1"), kind.parse().apply(new StringBuilder("t-1")));
      tester.addEqualityGroup(kind.parse().apply("t-2"));
      tester.addEqualityGroup(kind.parse().apply("T-1"));
    }
    tester.testEquals();
  }

  @Test
  void idsOfOneKindAreInStringOrder() {
    qt().forAll(tokens(), tokens())
        .checkAssert((a, b) -> KINDS.forEach(kind -> assertStringOrder(kind, a, b)));
  }

  private static <T extends TokenId<T>> void assertStringOrder(Kind<T> kind, String a, String b) {
    T x = kind.parse().apply(a);
    T y = kind.parse().apply(b);
    assertThat(Integer.signum(x.compareTo(y))).as(kind.field()).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(x.compareTo(kind.parse().apply(a))).isZero();
  }

  @Test
  void randomIdsAreFreshUuidsThatParseBack() {
    for (Kind<?> kind : KINDS) {
      assertRandom(kind);
    }
  }

  private static <T extends TokenId<T>> void assertRandom(Kind<T> kind) {
    Supplier<T> random = kind.random();
    if (random == null) {
      assertThat(kind.type()).isEqualTo(OrgUnitId.class);
      return;
    }
    T id = random.get();
    assertThat(id.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(kind.parse().apply(id.value())).isEqualTo(id);
    assertThat(random.get()).isNotEqualTo(id);
  }

  @Test
  void nulls() {
    new NullPointerTester().testStaticMethods(TokenId.class, NullPointerTester.Visibility.PROTECTED);
    for (Kind<?> kind : KINDS) {
      new NullPointerTester().testAllPublicStaticMethods(kind.type());
      assertCompareToNullThrows(kind);
    }
  }

  private static <T extends TokenId<T>> void assertCompareToNullThrows(Kind<T> kind) {
    T id = kind.parse().apply("a");
    assertThatNullPointerException().isThrownBy(() -> id.compareTo(null));
  }
}
