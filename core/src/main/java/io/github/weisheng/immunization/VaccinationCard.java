package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The vaccination card (预防接种卡) of a child on a date, a view built from the vaccination records and
 * the assessment on that date (issue 5 "the vaccination certificate and card"): the doses grouped by
 * vaccine with their dose numbers ({@link CardDose}), and the next doses due — every group not yet
 * complete, aged out or contraindicated, by recommended date. Nothing is stored: the card is
 * recomputed from the records.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVaccinationCard.class)
@JsonDeserialize(as = ImmutableVaccinationCard.class)
public abstract class VaccinationCard {
  VaccinationCard() {}

  /**
   * Builds the card from a child's records and the assessment of the same records.
   *
   * @param archive the child's archive
   * @param records the child's records (those after the assessment date are left out)
   * @param assessment the assessment of the records on the card's date
   * @return the card
   */
  public static VaccinationCard of(
      ArchiveNumber archive, List<VaccinationRecord> records, ImmunizationAssessment assessment) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(assessment, "assessment");
    List<String> groups = new ArrayList<>();
    Map<String, List<DoseEvaluation>> open = new HashMap<>();
    for (DoseEvaluation e : assessment.evaluations()) {
      if (!groups.contains(e.group())) {
        groups.add(e.group());
      }
      open.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
    }
    List<VaccinationRecord> sorted = records.stream()
        .filter(r -> !r.date().isAfter(assessment.assessmentDate()))
        .sorted(Comparator.comparing(VaccinationRecord::date).thenComparing(VaccinationRecord::id))
        .collect(Collectors.toList());
    List<CardDose> lines = new ArrayList<>();
    for (VaccinationRecord r : sorted) {
      boolean matched = false;
      for (String g : groups) {
        List<DoseEvaluation> pending = open.get(g);
        Optional<DoseEvaluation> e = pending.stream().filter(x -> x.dose().equals(r.toDose())).findFirst();
        if (e.isPresent()) {
          pending.remove(e.get());
          lines.add(line(g, r).doseNumber(e.get().doseNumber()).reason(e.get().reason()).build());
          matched = true;
        }
      }
      if (!matched) {
        lines.add(line(r.product(), r).build());
      }
    }
    List<String> order = new ArrayList<>(assessment.recommendations().stream()
        .map(ImmunizationRecommendation::group).collect(Collectors.toList()));
    lines.sort(Comparator.comparing((CardDose l) -> order.contains(l.group()) ? order.indexOf(l.group()) : order.size())
        .thenComparing(CardDose::date));
    List<ImmunizationRecommendation> next = assessment.recommendations().stream()
        .filter(x -> x.recommended().isPresent())
        .sorted(Comparator.comparing((ImmunizationRecommendation x) -> x.recommended().orElseThrow()))
        .collect(Collectors.toList());
    return ImmutableVaccinationCard.builder().archive(archive).asOf(assessment.assessmentDate())
        .schedule(assessment.schedule()).addAllDoses(lines).addAllNextDoses(next).build();
  }

  private static CardDose.Builder line(String group, VaccinationRecord r) {
    return CardDose.builder().group(group).record(r.id()).product(r.product()).date(r.date())
        .recordedDoseNumber(r.doseNumber()).lot(r.lot()).institution(r.institution());
  }

  /** @return the child's archive */
  public abstract ArchiveNumber archive();

  /** @return the card's date */
  public abstract LocalDate asOf();

  /** @return the schedule's name and version */
  public abstract String schedule();

  /** @return the lines, by group in schedule order, then by date */
  public abstract List<CardDose> doses();

  /** @return the next dose of every group still to be given, by recommended date */
  public abstract List<ImmunizationRecommendation> nextDoses();

  /** @return the lines grouped by vaccine group, in schedule order */
  @JsonIgnore
  public Map<String, List<CardDose>> byGroup() {
    Map<String, List<CardDose>> grouped = new LinkedHashMap<>();
    for (CardDose d : doses()) {
      grouped.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
    }
    grouped.replaceAll((g, l) -> List.copyOf(l));
    return java.util.Collections.unmodifiableMap(grouped);
  }
}
