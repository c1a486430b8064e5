package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The immunization schedule (免疫程序) as versioned data: the vaccine products, every series of every
 * edition with its effective dates, and the schedule-wide rules (live-vaccine spacing,
 * immunoglobulin waits, the special-situation thresholds). Domain reference §1.
 *
 * <p>{@link #defaults()} reads the resource {@code io/github/weisheng/immunization/nip-schedule.json}:
 * the 2021 edition [NHC21] with the tables of [KB21, TP-V]; the DTaP change in force from 2025-01-01
 * [C] CD24 (DTaP at 2, 4, 6, 18 months and 6 years replaces DT at 6 years; the 2021 DTaP/DT series
 * ends on 2024-12-31, so children on it get the remaining doses at the new ages — transition [U]);
 * HPV for girls born on or after 2011-11-10, in force from 2025-11-10 [C] HPV-CD (2 doses at 13
 * years, 6 months apart; "complete before 18" [U]). A host replaces the file ({@link #read}) or
 * extends it ({@link #extendedWith}) with provincial variants and non-programme vaccines.
 *
 * <p>The bundled data starts with the 2021 edition (in force from 2021-02-01): a dose given earlier
 * is judged by the earliest edition of its series, but an assessment dated before 2021-02-01 finds
 * no series in force. A host that needs such dates adds the 2016 edition as data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImmunizationSchedule.class)
@JsonDeserialize(as = ImmutableImmunizationSchedule.class)
public abstract class ImmunizationSchedule {
  /** The resource of the default schedule. */
  public static final String RESOURCE = "/io/github/weisheng/immunization/nip-schedule.json";

  private static final class Default {
    static final ImmunizationSchedule SCHEDULE = load();

    private static ImmunizationSchedule load() {
      try (InputStream in = ImmunizationSchedule.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  ImmunizationSchedule() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the national programme's schedule from the bundled resource (see the class comment).
   *
   * @return the default schedule
   */
  public static ImmunizationSchedule defaults() {
    return Default.SCHEDULE;
  }

  /**
   * Reads a schedule from JSON (the format of the bundled resource).
   *
   * @param json UTF-8 JSON; not closed
   * @return the schedule
   * @throws IllegalArgumentException when the data is inconsistent
   */
  public static ImmunizationSchedule read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return JsonCodec.create().read(json.readAllBytes(), ImmunizationSchedule.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the schedule's name, for example {@code NIP} */
  public abstract String name();

  /** @return the data version, for example {@code 2025-11-10} */
  public abstract String version();

  /** @return the vaccine products */
  public abstract List<ProductDefinition> products();

  /** @return every series of every edition */
  public abstract List<SeriesDefinition> series();

  /** @return two injected live vaccines not given the same day must be this far apart (§1: 28 days) */
  public abstract Period liveVaccineSpacing();

  /**
   * Returns the waits after an immunoglobulin (免疫球蛋白) by product, §1 "Immunoglobulin": 3 months
   * before MMR, JE-L or HepA-L; 1 month before JE-I; none for the others.
   *
   * @return the waits by product code
   */
  public abstract Map<String, Period> immunoglobulinWaits();

  /** @return the birth weight below which an HBsAg-exposed baby gets four HepB doses (2000 g) */
  public abstract int hepBFourDoseBelowGrams();

  /** @return the birth weight below which a baby is low birth weight (2500 g) */
  public abstract int lowBirthWeightBelowGrams();

  /** @return the gestational age below which a baby is preterm (37 weeks) */
  public abstract int pretermBelowWeeks();

  /** @return the gestational age up to which BCG waits until before discharge (31 weeks) */
  public abstract int bcgBeforeDischargeUpToWeeks();

  /**
   * Returns a product.
   *
   * @param code the product code
   * @return the product, if the schedule knows it
   */
  public Optional<ProductDefinition> product(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(productsByCode().get(code));
  }

  @Value.Lazy
  Map<String, ProductDefinition> productsByCode() {
    Map<String, ProductDefinition> map = new LinkedHashMap<>();
    products().forEach(p -> map.put(p.code(), p));
    return map;
  }

  /** @return the groups in the order their first series appears */
  @Value.Lazy
  public List<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    series().forEach(s -> groups.add(s.group()));
    return List.copyOf(groups);
  }

  /**
   * Returns the series of a group's path in force on a date for a child, if any.
   *
   * @param path the path
   * @param date the date
   * @return the series in force, or the earliest series of the path when the date precedes them all
   */
  Optional<SeriesDefinition> pathInForce(String path, LocalDate date) {
    SeriesDefinition earliest = null;
    for (SeriesDefinition s : series()) {
      if (!s.path().equals(path)) {
        continue;
      }
      if (s.isInForce(date)) {
        return Optional.of(s);
      }
      if (earliest == null || s.effectiveFrom().isBefore(earliest.effectiveFrom())) {
        earliest = s;
      }
    }
    return earliest != null && date.isBefore(earliest.effectiveFrom()) ? Optional.of(earliest) : Optional.empty();
  }

  /**
   * Returns the series in force on a date: the edition of that date.
   *
   * @param date the date
   * @return the series in force, in schedule order
   */
  public List<SeriesDefinition> inForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return series().stream().filter(s -> s.isInForce(date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns this schedule extended: products and series replace those with the same code or id and
   * are added otherwise; the schedule-wide rules stay. To change those, a host replaces the whole
   * resource ({@link #read}).
   *
   * @param version the version of the extended data, for example {@code 2025-11-10+zj-2024}
   * @param addedProducts a host's products (non-programme vaccines)
   * @param addedSeries a host's series (provincial variants, non-programme vaccines)
   * @return the extended schedule
   */
  public ImmunizationSchedule extendedWith(
      String version, Collection<ProductDefinition> addedProducts, Collection<SeriesDefinition> addedSeries) {
    Objects.requireNonNull(version, "version");
    Map<String, ProductDefinition> products = new LinkedHashMap<>(productsByCode());
    addedProducts.forEach(p -> products.put(p.code(), p));
    Map<String, SeriesDefinition> series = new LinkedHashMap<>();
    series().forEach(s -> series.put(s.id(), s));
    addedSeries.forEach(s -> series.put(s.id(), s));
    return ((ImmutableImmunizationSchedule) ImmutableImmunizationSchedule.copyOf(this)).withVersion(version)
        .withProducts(products.values()).withSeries(series.values());
  }

  @Value.Check
  void check() {
    Set<String> codes = new HashSet<>();
    for (ProductDefinition p : products()) {
      if (!codes.add(p.code())) {
        throw new IllegalArgumentException("duplicate product " + p.code() + " / 疫苗编码重复");
      }
    }
    Set<String> ids = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (SeriesDefinition s : series()) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("duplicate series " + s.id() + " / 程序编号重复");
      }
      s.doses().forEach(d -> d.products().stream().filter(c -> !codes.contains(c)).forEach(unknown::add));
      s.catchUp().ifPresent(c -> c.products().stream().filter(p -> !codes.contains(p)).forEach(unknown::add));
    }
    immunoglobulinWaits().keySet().stream().filter(c -> !codes.contains(c)).forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown products " + unknown + " / 未定义的疫苗");
    }
  }

  /** Builds {@link ImmunizationSchedule}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableImmunizationSchedule.Builder {
    Builder() {}
  }
}
