package io.github.weisheng.examples.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.VaccinationHistory;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import io.github.weisheng.resident.Sex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's benchmark: evaluating and forecasting one child with a complete 6-year history
 * ({@link ImmunizationForecaster#assess}: 22 doses evaluated, 10 groups forecast: nine complete, HPV not yet due), side by side with
 * reading that child's record from JSON with Jackson — the 22 {@link VaccinationRecord}s as the store
 * holds them (lot, site, route, institution …), and the smaller {@link VaccinationHistory} alone.
 * The goal: the forecast costs no more than reading the record. No I/O: both sides work in memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ImmunizationForecastBenchmark {
  /** Born 2021-03-15; the assessment five days after the 6-year doses. */
  static final LocalDate BORN = LocalDate.of(2021, 3, 15);
  /** The assessment date. */
  static final LocalDate ON = LocalDate.of(2027, 3, 20);

  /** Every dose of the programme on its day (JE-L, HepA-L paths); DTaP from 2025 at 6 years. */
  private static final String[][] DOSES = {
      {"HepB", "P0D"}, {"BCG", "P0D"}, {"HepB", "P1M"}, {"IPV", "P2M"}, {"IPV", "P3M"}, {"DTaP", "P3M"},
      {"bOPV", "P4M"}, {"DTaP", "P4M"}, {"DTaP", "P5M"}, {"HepB", "P6M"}, {"MPSV-A", "P6M"},
      {"MMR", "P8M"}, {"JE-L", "P8M"}, {"MPSV-A", "P9M"}, {"DTaP", "P18M"}, {"MMR", "P18M"},
      {"HepA-L", "P18M"}, {"JE-L", "P2Y"}, {"MPSV-AC", "P3Y"}, {"bOPV", "P4Y"}, {"DTaP", "P6Y"},
      {"MPSV-AC", "P6Y"}};

  /** The child, its records as JSON, the forecaster and the mapper. */
  @State(Scope.Benchmark)
  public static class Child {
    final ImmunizationForecaster forecaster = ImmunizationForecaster.defaults();
    final ObjectMapper mapper = mapper();
    List<VaccinationRecord> records = List.of();
    VaccinationHistory history = VaccinationHistory.builder().birthDate(BORN).sex(Sex.FEMALE).build();
    byte[] recordsJson = new byte[0];
    byte[] historyJson = new byte[0];

    /** Builds the records and their JSON. */
    @Setup
    public void setUp() {
      records = records();
      history = history(records);
      try {
        recordsJson = mapper.writeValueAsBytes(records);
        historyJson = mapper.writeValueAsBytes(history);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A Jackson mapper configured as Weisheng's own codec is (java.time, Optional, Guava). */
  static ObjectMapper mapper() {
    return JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module())
        .addModule(new GuavaModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /** The child's 22 vaccination records. */
  static List<VaccinationRecord> records() {
    ArchiveNumber archive = ArchiveNumber.parse("11010500100100001");
    List<VaccinationRecord> out = new ArrayList<>();
    int[] perProduct = new int[DOSES.length];
    for (int i = 0; i < DOSES.length; i++) {
      String product = DOSES[i][0];
      int number = 1;
      for (int j = 0; j < i; j++) {
        number += DOSES[j][0].equals(product) ? 1 : 0;
      }
      perProduct[i] = number;
      LocalDate date = BORN.plus(java.time.Period.parse(DOSES[i][1]));
      out.add(VaccinationRecord.builder().id(VaccinationRecordId.parse("r-" + i)).archive(archive).product(product)
          .doseNumber(number).date(date).lot("2021" + (100 + i) + "A").site(i % 2 == 0 ? "左上臂" : "右上臂")
          .route(route(product)).institution("朝阳区某社区卫生服务中心预防接种门诊").build());
    }
    return List.copyOf(out);
  }

  private static Route route(String product) {
    switch (product) {
      case "BCG":
        return Route.INTRADERMAL;
      case "bOPV":
        return Route.ORAL;
      case "MMR":
      case "JE-L":
      case "MPSV-A":
      case "MPSV-AC":
      case "HepA-L":
        return Route.SUBCUTANEOUS;
      default:
        return Route.INTRAMUSCULAR;
    }
  }

  /** The history evaluation needs, from the records. */
  static VaccinationHistory history(List<VaccinationRecord> records) {
    return VaccinationHistory.builder().birthDate(BORN).sex(Sex.FEMALE)
        .addAllDoses(records.stream().map(VaccinationRecord::toDose).collect(Collectors.toList())).build();
  }

  /**
   * Evaluates the 22 doses and forecasts every group.
   *
   * @param c the child
   * @return the assessment
   */
  @Benchmark
  public ImmunizationAssessment forecast(Child c) {
    return c.forecaster.assess(c.history, ON);
  }

  /**
   * Reads the child's 22 vaccination records from JSON.
   *
   * @param c the child
   * @return the records
   * @throws IOException never, for valid JSON
   */
  @Benchmark
  public List<VaccinationRecord> readRecords(Child c) throws IOException {
    return Arrays.asList(c.mapper.readValue(c.recordsJson, VaccinationRecord[].class));
  }

  /**
   * Reads the child's history (birth date, sex, 22 product-and-date doses) from JSON.
   *
   * @param c the child
   * @return the history
   * @throws IOException never, for valid JSON
   */
  @Benchmark
  public VaccinationHistory readHistory(Child c) throws IOException {
    return c.mapper.readValue(c.historyJson, VaccinationHistory.class);
  }

  /**
   * What a service does for one child: read the records from JSON, then evaluate and forecast.
   *
   * @param c the child
   * @return the assessment
   * @throws IOException never, for valid JSON
   */
  @Benchmark
  public ImmunizationAssessment readRecordsAndForecast(Child c) throws IOException {
    return c.forecaster.assess(history(readRecords(c)), ON);
  }
}
