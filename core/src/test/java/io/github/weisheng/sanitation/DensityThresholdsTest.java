package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DensityThresholdsTest {
  private final DensityThresholds table = DensityThresholds.defaults();

  /** Every cell of the default table: at the limit the level holds, one hundredth above it is lost. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "RAT_INDOOR_SIGNS, 0, A", "RAT_INDOOR_SIGNS, 1, A", "RAT_INDOOR_SIGNS, 1.01, B",
      "RAT_INDOOR_SIGNS, 3, B", "RAT_INDOOR_SIGNS, 3.01, C", "RAT_INDOOR_SIGNS, 5, C",
      "RAT_INDOOR_SIGNS, 5.01, BELOW_C", "RAT_INDOOR_SIGNS, 100, BELOW_C",
      "RAT_POWDER_PATCH, 1, A", "RAT_POWDER_PATCH, 1.01, B", "RAT_POWDER_PATCH, 2, B",
      "RAT_POWDER_PATCH, 2.01, C", "RAT_POWDER_PATCH, 3, C", "RAT_POWDER_PATCH, 3.01, BELOW_C",
      "RAT_PATH_INDEX, 0.5, A", "RAT_PATH_INDEX, 0.51, B", "RAT_PATH_INDEX, 1, B",
      "RAT_PATH_INDEX, 1.01, C", "RAT_PATH_INDEX, 2, C", "RAT_PATH_INDEX, 2.01, BELOW_C",
      "RAT_PATH_INDEX, 250, BELOW_C",
      "RAT_PROOFING_FAILURE, 3, A", "RAT_PROOFING_FAILURE, 3.01, B", "RAT_PROOFING_FAILURE, 4, B",
      "RAT_PROOFING_FAILURE, 4.01, C", "RAT_PROOFING_FAILURE, 5, C", "RAT_PROOFING_FAILURE, 5.01, BELOW_C",
      "MOSQUITO_LARVAL_POSITIVE, 1, A", "MOSQUITO_LARVAL_POSITIVE, 1.01, B", "MOSQUITO_LARVAL_POSITIVE, 2, B",
      "MOSQUITO_LARVAL_POSITIVE, 2.01, C", "MOSQUITO_LARVAL_POSITIVE, 3, C",
      "MOSQUITO_LARVAL_POSITIVE, 3.01, BELOW_C",
      "MOSQUITO_LARVAL_PATH_INDEX, 0.1, A", "MOSQUITO_LARVAL_PATH_INDEX, 0.11, B",
      "MOSQUITO_LARVAL_PATH_INDEX, 0.5, B", "MOSQUITO_LARVAL_PATH_INDEX, 0.51, C",
      "MOSQUITO_LARVAL_PATH_INDEX, 1, C", "MOSQUITO_LARVAL_PATH_INDEX, 1.01, BELOW_C",
      "MOSQUITO_LANDING_INDEX, 0.5, A", "MOSQUITO_LANDING_INDEX, 0.51, B", "MOSQUITO_LANDING_INDEX, 1, B",
      "MOSQUITO_LANDING_INDEX, 1.01, C", "MOSQUITO_LANDING_INDEX, 1.5, C",
      "MOSQUITO_LANDING_INDEX, 1.51, BELOW_C",
      "FLY_INDOOR_ROOMS, 1, A", "FLY_INDOOR_ROOMS, 1.01, B", "FLY_INDOOR_ROOMS, 3, B",
      "FLY_INDOOR_ROOMS, 3.01, C", "FLY_INDOOR_ROOMS, 9, C", "FLY_INDOOR_ROOMS, 9.01, BELOW_C",
      "FLY_PER_POSITIVE_ROOM, 3, A", "FLY_PER_POSITIVE_ROOM, 3.01, BELOW_C",
      "FLY_BREEDING_SITES, 1, A", "FLY_BREEDING_SITES, 1.01, B", "FLY_BREEDING_SITES, 3, B",
      "FLY_BREEDING_SITES, 3.01, C", "FLY_BREEDING_SITES, 5, C", "FLY_BREEDING_SITES, 5.01, BELOW_C",
      "COCKROACH_INFESTATION, 1, A", "COCKROACH_INFESTATION, 1.01, B", "COCKROACH_INFESTATION, 3, B",
      "COCKROACH_INFESTATION, 3.01, C", "COCKROACH_INFESTATION, 5, C", "COCKROACH_INFESTATION, 5.01, BELOW_C"
  })
  void everyThresholdOfTheDefaultTable(VectorIndicator indicator, String value, DensityLevel expected) {
    assertThat(table.grade(indicator, dec(value)).level()).isEqualTo(expected);
  }

  /** The published cases of §3: Xi'an and the HD city. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "RAT_INDOOR_SIGNS, 4.96, C",          // passed [HD]
      "RAT_INDOOR_SIGNS, 2.2, B",           // rated B [XA-R]
      "RAT_PATH_INDEX, 0.39, A",            // rated A [XA-R]
      "RAT_PATH_INDEX, 1.57, C",            // passed [HD]
      "RAT_PROOFING_FAILURE, 2.8, A",       // 97.2% pass rated A [XA-R]
      "RAT_PROOFING_FAILURE, 15, BELOW_C",  // 85% pass failed [HD]
      "MOSQUITO_LARVAL_PATH_INDEX, 0.56, C",// still C [XA-M]
      "MOSQUITO_LANDING_INDEX, 0.46, A",    // rated A [XA-M]
      "MOSQUITO_LANDING_INDEX, 0.93, B",    // passed [HD]
      "FLY_INDOOR_ROOMS, 17.6, BELOW_C",    // 1.96x the limit [HD]
      "COCKROACH_INFESTATION, 9.1, BELOW_C" // 1.82x the limit [HD]
  })
  void thePublishedCases(VectorIndicator indicator, String value, DensityLevel expected) {
    assertThat(table.grade(indicator, dec(value)).level()).isEqualTo(expected);
  }

  @Test
  void theConfirmedCLimitsAreTaggedAndTheRestIsNot() {
    for (VectorIndicator confirmed : List.of(VectorIndicator.RAT_INDOOR_SIGNS, VectorIndicator.FLY_INDOOR_ROOMS,
        VectorIndicator.FLY_PER_POSITIVE_ROOM, VectorIndicator.FLY_BREEDING_SITES,
        VectorIndicator.COCKROACH_INFESTATION)) {
      assertThat(table.row(confirmed).c().confirmation()).as(confirmed.name()).isEqualTo(Confirmation.CONFIRMED);
    }
    assertThat(table.row(VectorIndicator.FLY_INDOOR_ROOMS).c().limit()).isEqualByComparingTo("9");
    assertThat(table.row(VectorIndicator.FLY_BREEDING_SITES).c().limit()).isEqualByComparingTo("5");
    assertThat(table.row(VectorIndicator.RAT_INDOOR_SIGNS).c().limit()).isEqualByComparingTo("5");
    assertThat(table.row(VectorIndicator.COCKROACH_INFESTATION).c().limit()).isEqualByComparingTo("5");
    for (IndicatorThresholds row : table.rows()) {
      assertThat(row.a().confirmation()).as(row.indicator().name()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(row.b().confirmation()).as(row.indicator().name()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(row.c().evidence()).as(row.indicator().name()).isPresent();
    }
    assertThat(table.row(VectorIndicator.RAT_PATH_INDEX).c().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void aGradeCarriesTheWeakestConfirmationOfTheCellsBehindIt() {
    // below C, decided by the confirmed C limit alone
    assertThat(table.grade(VectorIndicator.FLY_INDOOR_ROOMS, dec("17.6")).confirmation())
        .isEqualTo(Confirmation.CONFIRMED);
    // C, but whether it would be B rests on the unconfirmed B cell
    assertThat(table.grade(VectorIndicator.FLY_INDOOR_ROOMS, dec("5")).confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(table.grade(VectorIndicator.RAT_POWDER_PATCH, dec("9")).confirmation())
        .isEqualTo(Confirmation.SECONDARY);
  }

  @Test
  void aHostReplacesARowOrTheWholeTable() {
    IndicatorThresholds fly = IndicatorThresholds.of(VectorIndicator.FLY_INDOOR_ROOMS,
        DensityLimit.of("3", Confirmation.CONFIRMED, "GB/T 27772-2011 text"),
        DensityLimit.of("6", Confirmation.CONFIRMED, "GB/T 27772-2011 text"),
        DensityLimit.of("9", Confirmation.CONFIRMED, "GB/T 27772-2011 text"));
    DensityThresholds local = table.with(fly);
    assertThat(local.grade(VectorIndicator.FLY_INDOOR_ROOMS, dec("2")).level()).isEqualTo(DensityLevel.A);
    assertThat(table.grade(VectorIndicator.FLY_INDOOR_ROOMS, dec("2")).level()).isEqualTo(DensityLevel.B);
    assertThat(local.row(VectorIndicator.RAT_INDOOR_SIGNS)).isEqualTo(table.row(VectorIndicator.RAT_INDOOR_SIGNS));
    List<IndicatorThresholds> rows = new ArrayList<>(table.rows());
    rows.set(VectorIndicator.FLY_INDOOR_ROOMS.ordinal(), fly);
    assertThat(DensityThresholds.of(rows)).isEqualTo(local);
  }

  @Test
  void aTableHasExactlyOneRowPerIndicator() {
    List<IndicatorThresholds> rows = new ArrayList<>(table.rows());
    rows.remove(0);
    rows.add(table.row(VectorIndicator.FLY_BREEDING_SITES));
    assertRules(() -> DensityThresholds.of(rows),
        "thresholds [densityThresholds.duplicate]", "thresholds [densityThresholds.missing]");
  }

  @Test
  void theTableRoundTripsThroughJsonAndIsAValue() {
    assertThat(roundTrip(table, DensityThresholds.class)).isEqualTo(table);
    new EqualsTester()
        .addEqualityGroup(table, DensityThresholds.of(table.rows()))
        .addEqualityGroup(table.with(IndicatorThresholds.of(VectorIndicator.RAT_PATH_INDEX,
            DensityLimit.of("0.2", Confirmation.CONFIRMED, "x"), DensityLimit.of("1", Confirmation.CONFIRMED, "x"),
            DensityLimit.of("2", Confirmation.CONFIRMED, "x"))))
        .testEquals();
    assertThat(table.toString()).contains("RAT_INDOOR_SIGNS");
  }

  @Test
  void aSurveyIsGradedIndicatorByIndicatorAndOverallByTheWorst() {
    // Xi'an: rats A outdoors, B indoors -> B overall [XA-R]
    VectorSurvey survey = VectorSurvey.builder().id(SurveyId.parse("s-1")).surveyedOn(java.time.LocalDate.of(2021, 9, 1))
        .scope(AreaScope.parse("610102"))
        .addMeasurement(DensityMeasurement.of(VectorIndicator.RAT_PATH_INDEX, dec("0.39")))
        .addMeasurement(DensityMeasurement.of(VectorIndicator.RAT_INDOOR_SIGNS, dec("2.2")))
        .build();
    DensityGrading grading = table.grade(survey);
    assertThat(grading.grades()).extracting(IndicatorGrade::level).containsExactly(DensityLevel.A, DensityLevel.B);
    assertThat(grading.overall()).isEqualTo(DensityLevel.B);
    assertThat(grading.levelOf(Pest.RAT)).contains(DensityLevel.B);
    assertThat(grading.levelOf(Pest.FLY)).isEmpty();
  }
}
