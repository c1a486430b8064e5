package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.immunization.ChildCoverage;
import io.github.weisheng.immunization.CoverageReason;
import io.github.weisheng.immunization.CoverageRules;
import io.github.weisheng.immunization.DoseCoverage;
import io.github.weisheng.immunization.SpecialSituations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The immunization indicators of a catchment for a period (预防接种指标), from each child's reporting
 * inputs ({@link ChildCoverage}, through {@code HealthSession.immunizations().coverageInputs}), per
 * immunization-sanitation-education-standards-privacy.md §2:
 *
 * <ul>
 *   <li>{@link #CERTIFICATE_RATE 建证率} = children with a vaccination certificate ÷ children who
 *       should have one [C: KPI]; who should have one is {@link CertificateBase} (the children whose
 *       certificate fell due in the period by default; or every child of the programme);
 *   <li>{@link #coverageDefinition 某疫苗接种率} = children who received every dose of the vaccine due
 *       in the period ÷ children with a dose of it due in the period [C: KPI]; {@link
 *       CoverageCounting#DOSES} counts doses (剂次) instead of children; and per dose ({@link
 *       #doseCoverage()}): children who received dose n ÷ children due dose n;
 *   <li>{@link #TIMELY_RATE 及时接种率} = doses given before their "complete before" age ÷ doses due in
 *       the period (no national formula: the reference's suggestion [U]; the HepB birth dose within
 *       24 h [S: HBVK], {@link CoverageRules#hepBBirthDoseBefore()}).
 * </ul>
 *
 * <p>Due, received and timely are those of {@link DoseCoverage}; a member's reference is the child's
 * archive number (with the vaccine and dose for dose members), its reasons the {@link
 * CoverageReason}s as {@link AppliedRule}s.
 *
 * <p>Beside the rates, two counts of doses given in the period (人次): {@link #dosesGiven()}, the
 * programme's valid doses to its children, and {@link #vaccinations()}, every vaccination recorded,
 * valid or not, at any age — what the seed's summaries state as "接种疫苗5120人次" (domain reference
 * README, "What a work summary states").
 *
 * @since 0.1.0
 */
public final class ImmunizationFigures {
  private static final String SOURCE = "immunization-sanitation-education-standards-privacy.md §2 ";

  /** 建证率, over the children whose certificate fell due in the period (the default). */
  public static final IndicatorDefinition CERTIFICATE_RATE = new IndicatorDefinition("immunization.certificate-rate",
      "建证率", "vaccination certificate rate", "已建立预防接种证的儿童数", "统计期内应建证的儿童数",
      Counting.PERSONS, SOURCE + "建证率 [C: KPI]; due within 1 month of birth [S: CERT]");
  /** 建证率, over every child of the programme. */
  public static final IndicatorDefinition CERTIFICATE_RATE_ALL_CHILDREN = new IndicatorDefinition(
      "immunization.certificate-rate.all-children", "建证率（全部适龄儿童）",
      "vaccination certificate rate (all children)", "已建立预防接种证的儿童数", "辖区内适龄儿童数",
      Counting.PERSONS, SOURCE + "建证率 [C: KPI]; the children counted per CoverageRules.childrenUnder [S]");
  /** 及时接种率. */
  public static final IndicatorDefinition TIMELY_RATE = new IndicatorDefinition("immunization.timely-rate",
      "及时接种率", "timely vaccination rate", "在规定月龄前完成接种的剂次数", "统计期内应种剂次数",
      Counting.PERSON_TIMES, SOURCE + "及时接种率: no national formula, the suggested one [U]; HepB d1 ≤ 24 h [S: HBVK]");

  /** Display names of the programme's vaccine groups (a label, not a rule); others take their code. */
  private static final Map<String, String> VACCINES = Map.ofEntries(Map.entry("HepB", "乙肝疫苗"),
      Map.entry("BCG", "卡介苗"), Map.entry("polio", "脊灰疫苗"), Map.entry("DTP", "百白破疫苗"),
      Map.entry("MMR", "麻腮风疫苗"), Map.entry("JE", "乙脑疫苗"), Map.entry("MenA", "A群流脑疫苗"),
      Map.entry("MenAC", "A群C群流脑疫苗"), Map.entry("HepA", "甲肝疫苗"), Map.entry("HPV", "HPV疫苗"));

  private final IndicatorResult certificateRate;
  private final Map<String, IndicatorResult> coverage;
  private final Map<String, IndicatorResult> doseCoverage;
  private final IndicatorResult timelyRate;
  private final long children;
  private final long dosesGiven;
  private final long vaccinations;

  private ImmunizationFigures(IndicatorResult certificateRate, Map<String, IndicatorResult> coverage,
      Map<String, IndicatorResult> doseCoverage, IndicatorResult timelyRate, long children, long dosesGiven,
      long vaccinations) {
    this.certificateRate = certificateRate;
    this.coverage = coverage;
    this.doseCoverage = doseCoverage;
    this.timelyRate = timelyRate;
    this.children = children;
    this.dosesGiven = dosesGiven;
    this.vaccinations = vaccinations;
  }

  /**
   * Returns the Chinese name of a vaccine group.
   *
   * @param group the group code, for example {@code HepB}
   * @return for example {@code 乙肝疫苗}; the code itself for a group without a name
   */
  public static String vaccineName(String group) {
    return VACCINES.getOrDefault(Objects.requireNonNull(group, "group"), group);
  }

  /**
   * Returns the definition of one vaccine's 接种率.
   *
   * @param group the vaccine group, for example {@code MMR}
   * @param counting children (the KPI's) or doses
   * @return the definition, id {@code immunization.coverage.<group>} (children) or {@code
   *     immunization.coverage.<group>.doses}
   */
  public static IndicatorDefinition coverageDefinition(String group, CoverageCounting counting) {
    Objects.requireNonNull(counting, "counting");
    String name = vaccineName(group);
    return counting == CoverageCounting.CHILDREN
        ? new IndicatorDefinition("immunization.coverage." + group, name + "接种率", group + " coverage",
            "统计期内完成应种剂次接种的儿童数", "统计期内该疫苗有应种剂次的儿童数", Counting.PERSONS,
            SOURCE + "某疫苗接种率 [C: KPI]")
        : new IndicatorDefinition("immunization.coverage." + group + ".doses", name + "接种率（剂次）",
            group + " coverage (doses)", "统计期内实种剂次数", "统计期内应种剂次数", Counting.PERSON_TIMES,
            SOURCE + "某疫苗接种率 [C: KPI], counted in doses");
  }

  /**
   * Returns the definition of one dose's 接种率.
   *
   * @param group the vaccine group
   * @param dose the dose number, 1 or more
   * @return the definition, id {@code immunization.coverage.<group>.<dose>}
   */
  public static IndicatorDefinition doseCoverageDefinition(String group, int dose) {
    if (dose < 1) {
      throw new IllegalArgumentException("dose must be 1 or more / 剂次须大于0");
    }
    return new IndicatorDefinition("immunization.coverage." + group + "." + dose,
        vaccineName(group) + "第" + dose + "剂次接种率", group + " dose " + dose + " coverage",
        "统计期内该剂次实种儿童数", "统计期内该剂次应种儿童数", Counting.PERSONS, SOURCE + "某疫苗接种率 [C: KPI]");
  }

  /**
   * Computes the figures with the defaults: certificates due in the period, coverage in children, no
   * special situations, {@link CoverageRules#defaults()}.
   *
   * @param session the principal's session (needs report on immunization records)
   * @param period the period
   * @return the figures
   */
  public static ImmunizationFigures compute(HealthSession session, ReportingPeriod period) {
    return compute(session, period, CertificateBase.DUE_IN_PERIOD, CoverageCounting.CHILDREN,
        a -> SpecialSituations.none(), CoverageRules.defaults());
  }

  /**
   * Computes the figures for the children in the session's scopes.
   *
   * @param session the principal's session (needs report on immunization records)
   * @param period the period
   * @param certificates who should hold a certificate (建证率's denominator)
   * @param counting whether 接种率 counts children or doses
   * @param situations the special situations of each child (for example from the host's records)
   * @param rules the coverage rules
   * @return the figures
   */
  public static ImmunizationFigures compute(HealthSession session, ReportingPeriod period, CertificateBase certificates,
      CoverageCounting counting, Function<ArchiveNumber, SpecialSituations> situations, CoverageRules rules) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(situations, "situations");
    Objects.requireNonNull(rules, "rules");
    List<IndicatorMember> certificated = new ArrayList<>();
    Map<String, List<IndicatorMember>> byVaccine = new LinkedHashMap<>();
    Map<String, List<IndicatorMember>> byDose = new LinkedHashMap<>();
    Map<String, Integer> doseNumbers = new LinkedHashMap<>();
    List<IndicatorMember> timely = new ArrayList<>();
    long children = 0;
    long given = 0;
    try (Stream<ChildCoverage> inputs = session.immunizations().coverageInputs(period.start(), period.end(),
        situations, rules)) {
      for (ChildCoverage child : (Iterable<ChildCoverage>) inputs::iterator) {
        children++;
        ArchiveNumber archive = child.archive();
        String ref = archive.value();
        if (certificates == CertificateBase.ALL_CHILDREN || child.certificateDueInPeriod()) {
          certificated.add(child.certificateHeld() ? IndicatorMember.counted(ref, archive.committee())
              : IndicatorMember.notCounted(ref, archive.committee(), applied(child.certificateReasons())));
        }
        Map<String, List<DoseCoverage>> due = new LinkedHashMap<>();
        for (DoseCoverage dose : child.doses()) {
          given += dose.givenInPeriod() ? 1 : 0;
          if (dose.dueInPeriod()) {
            due.computeIfAbsent(dose.group(), g -> new ArrayList<>()).add(dose);
          }
        }
        for (Map.Entry<String, List<DoseCoverage>> vaccine : due.entrySet()) {
          List<IndicatorMember> members = byVaccine.computeIfAbsent(vaccine.getKey(), g -> new ArrayList<>());
          List<AppliedRule> missing = new ArrayList<>();
          for (DoseCoverage dose : vaccine.getValue()) {
            String doseRef = ref + "/" + dose.group() + "." + dose.doseNumber();
            String doseKey = dose.group() + "." + dose.doseNumber();
            doseNumbers.put(doseKey, dose.doseNumber());
            IndicatorMember received = dose.received() ? IndicatorMember.counted(doseRef, archive.committee())
                : IndicatorMember.notCounted(doseRef, archive.committee(), applied(dose.reasons()));
            byDose.computeIfAbsent(doseKey, k -> new ArrayList<>()).add(received);
            if (counting == CoverageCounting.DOSES) {
              members.add(received);
            } else if (!dose.received()) {
              missing.addAll(applied(dose.reasons()));
            }
            timely.add(dose.timely() ? IndicatorMember.counted(doseRef, archive.committee())
                : IndicatorMember.notCounted(doseRef, archive.committee(), applied(dose.reasons())));
          }
          if (counting == CoverageCounting.CHILDREN) {
            members.add(missing.isEmpty() ? IndicatorMember.counted(ref, archive.committee())
                : IndicatorMember.notCounted(ref, archive.committee(), missing));
          }
        }
      }
    }
    Map<String, IndicatorResult> coverage = new LinkedHashMap<>();
    byVaccine.keySet().stream().sorted(Comparator.comparing(ImmunizationFigures::order))
        .forEach(g -> coverage.put(g, IndicatorResult.ofMembers(coverageDefinition(g, counting), period,
            byVaccine.get(g))));
    Map<String, IndicatorResult> doses = new LinkedHashMap<>();
    byDose.keySet().stream()
        .sorted(Comparator.comparing((String k) -> order(k.substring(0, k.lastIndexOf('.'))))
            .thenComparing(doseNumbers::get))
        .forEach(k -> doses.put(k, IndicatorResult.ofMembers(
            doseCoverageDefinition(k.substring(0, k.lastIndexOf('.')), doseNumbers.get(k)), period, byDose.get(k))));
    return new ImmunizationFigures(
        IndicatorResult.ofMembers(certificates == CertificateBase.ALL_CHILDREN ? CERTIFICATE_RATE_ALL_CHILDREN
            : CERTIFICATE_RATE, period, certificated),
        coverage, doses, IndicatorResult.ofMembers(TIMELY_RATE, period, timely), children, given,
        vaccinations(session, period));
  }

  /** Every vaccination recorded in the period, in the session's scopes (one audited report, a count). */
  private static long vaccinations(HealthSession session, ReportingPeriod period) {
    return session.immunizations().countRecordedBetween(period.start(), period.end());
  }

  /** The programme's order of groups (birth doses first), then unknown groups by code. */
  private static String order(String group) {
    List<String> known = List.of("HepB", "BCG", "polio", "DTP", "MMR", "JE", "MenA", "MenAC", "HepA", "HPV");
    int i = known.indexOf(group);
    return (i < 0 ? "z" + group : String.format(java.util.Locale.ROOT, "%02d", i));
  }

  private static List<AppliedRule> applied(List<CoverageReason> reasons) {
    return reasons.stream().map(r -> AppliedRule.of(r.rule(), r.arguments().toArray())).toList();
  }

  /** @return 建证率, with the children behind it */
  public IndicatorResult certificateRate() {
    return certificateRate;
  }

  /** @return each vaccine's 接种率, by group code in the programme's order; vaccines with nothing due are absent */
  public Map<String, IndicatorResult> coverage() {
    return java.util.Collections.unmodifiableMap(coverage);
  }

  /** @return each dose's 接种率, keyed {@code group.dose} (for example {@code HepB.1}), in the programme's order */
  public Map<String, IndicatorResult> doseCoverage() {
    return java.util.Collections.unmodifiableMap(doseCoverage);
  }

  /** @return 及时接种率 over every dose due in the period */
  public IndicatorResult timelyRate() {
    return timelyRate;
  }

  /** @return the children of the programme in scope (the inputs read) */
  public long children() {
    return children;
  }

  /** @return the valid doses given in the period, due in it or catch-up (接种人次) */
  public long dosesGiven() {
    return dosesGiven;
  }

  /**
   * Returns every vaccination recorded in the period (接种人次): each record one dose given, valid or
   * not, whatever the person's age or whether the vaccine's series is due — so at least {@link
   * #dosesGiven()}.
   *
   * @return the records dated in the period, in the session's scopes
   */
  public long vaccinations() {
    return vaccinations;
  }

  /** @return every result: 建证率, each vaccine's 接种率, 及时接种率 */
  public List<IndicatorResult> all() {
    List<IndicatorResult> all = new ArrayList<>();
    all.add(certificateRate);
    all.addAll(coverage.values());
    all.add(timelyRate);
    return List.copyOf(all);
  }
}
