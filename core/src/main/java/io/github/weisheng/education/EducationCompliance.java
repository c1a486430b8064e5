package io.github.weisheng.education;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An institution's health education in one year against the spec's minimums (健康教育服务规范 考核;
 * immunization-sanitation-education-standards-privacy.md §4 [HE, KPI]): the figures the assessment
 * asks for and each {@link Shortfall} named.
 *
 * <p>How the figures are counted, from the institution's activities dated in the year:
 *
 * <ul>
 *   <li>kinds of print and of audio-video: distinct material titles of that kind, in any activity;
 *   <li>boards: distinct boards with an issue; each board must be updated at least every {@link
 *       EducationMinimums#boardUpdateMonths()} months from 1 January (or its last issue of the year
 *       before, when given) to 31 December: a later issue on or before the earlier one plus that
 *       many months;
 *   <li>consultations and talks: activities of those types; talks also in every window of {@link
 *       EducationMinimums#lectureMonths} months from January (monthly for a centre, every two months
 *       for a station).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationCompliance.class)
@JsonDeserialize(as = ImmutableEducationCompliance.class)
public abstract class EducationCompliance {
  EducationCompliance() {}

  /** @return the year */
  public abstract int year();

  /** @return the institution */
  public abstract OrgUnitId institution();

  /** @return its level */
  public abstract InstitutionLevel level();

  /** @return the activities counted */
  public abstract int activities();

  /** @return kinds of printed material */
  public abstract int printKinds();

  /** @return copies of printed material handed out (份) */
  public abstract long printCopies();

  /** @return kinds of audio-video */
  public abstract int audioVideoKinds();

  /** @return showings of audio-video */
  public abstract long audioVideoShowings();

  /** @return minutes of audio-video played */
  public abstract long audioVideoMinutes();

  /** @return boards with an issue in the year */
  public abstract int boards();

  /** @return board issues (期) */
  public abstract int boardIssues();

  /** @return public consultation events */
  public abstract int consultations();

  /** @return health talks */
  public abstract int lectures();

  /** @return attendance of all activities (人次) */
  public abstract long attendance();

  /** @return the shortfalls, in the order of the spec's items */
  public abstract List<Shortfall> shortfalls();

  /** @return true when nothing falls short */
  @JsonIgnore
  public boolean compliant() {
    return shortfalls().isEmpty();
  }

  /**
   * Assesses an institution's year.
   *
   * @param year the year
   * @param institution the institution; activities of others are ignored
   * @param level its level
   * @param activities its activities (others and other years are ignored, except each board's last
   *     issue of the year before)
   * @param minimums the minimums, for example {@link EducationMinimums#spec2017()}
   * @return the assessment
   */
  public static EducationCompliance assess(int year, OrgUnitId institution, InstitutionLevel level,
      Collection<EducationActivity> activities, EducationMinimums minimums) {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(minimums, "minimums");
    List<EducationActivity> mine = activities.stream().filter(a -> a.institution().equals(institution)).toList();
    List<EducationActivity> inYear = mine.stream().filter(a -> a.heldOn().getYear() == year).toList();
    Set<String> printTitles = new TreeSet<>();
    Set<String> avTitles = new TreeSet<>();
    long copies = 0;
    long showings = 0;
    long minutes = 0;
    long attendance = 0;
    int consultations = 0;
    int issues = 0;
    List<LocalDate> lectures = new ArrayList<>();
    Map<String, TreeSet<LocalDate>> boardIssues = new TreeMap<>();
    for (EducationActivity a : inYear) {
      attendance += a.attendance();
      for (EducationMaterial m : a.materials()) {
        if (m.kind().isPrint()) {
          printTitles.add(m.title());
          copies += m.quantity();
        } else if (m.kind().isAudioVideo()) {
          avTitles.add(m.title());
          showings += m.quantity();
          minutes += m.minutes().orElse(0);
        }
      }
      switch (a.type()) {
        case CONSULTATION -> consultations++;
        case LECTURE -> lectures.add(a.heldOn());
        case BULLETIN_BOARD -> {
          issues++;
          boardIssues.computeIfAbsent(a.board().orElseThrow(), b -> new TreeSet<>()).add(a.heldOn());
        }
        default -> { }
      }
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    if (printTitles.size() < minimums.printKinds()) {
      shortfalls.add(Shortfall.of(Shortfall.PRINT_KINDS, minimums.printKinds(), printTitles.size()));
    }
    if (avTitles.size() < minimums.audioVideoKinds()) {
      shortfalls.add(Shortfall.of(Shortfall.AUDIO_VIDEO_KINDS, minimums.audioVideoKinds(), avTitles.size()));
    }
    if (boardIssues.size() < minimums.boards(level)) {
      shortfalls.add(Shortfall.of(Shortfall.BOARDS, minimums.boards(level), boardIssues.size()));
    }
    boardIssues.forEach((board, dates) -> {
      LocalDate before = mine.stream()
          .filter(a -> a.type() == EducationActivityType.BULLETIN_BOARD && a.board().orElseThrow().equals(board)
              && a.heldOn().getYear() < year)
          .map(EducationActivity::heldOn).max(LocalDate::compareTo).orElse(LocalDate.of(year, 1, 1));
      List<LocalDate> points = new ArrayList<>();
      points.add(before);
      points.addAll(dates);
      LocalDate end = LocalDate.of(year, 12, 31);
      for (int i = 1; i <= points.size(); i++) {
        LocalDate from = points.get(i - 1);
        LocalDate to = i < points.size() ? points.get(i) : end;
        if (to.isAfter(from.plusMonths(minimums.boardUpdateMonths()))) {
          LocalDate gapFrom = from.getYear() < year ? LocalDate.of(year, 1, 1) : from;
          shortfalls.add(Shortfall.of(Shortfall.BOARD_UPDATE_GAP, board, gapFrom, to, minimums.boardUpdateMonths()));
        }
      }
    });
    if (consultations < minimums.consultations()) {
      shortfalls.add(Shortfall.of(Shortfall.CONSULTATIONS, minimums.consultations(), consultations));
    }
    if (lectures.size() < minimums.lectures(level)) {
      shortfalls.add(Shortfall.of(Shortfall.LECTURES, minimums.lectures(level), lectures.size()));
    }
    int window = minimums.lectureMonths(level);
    for (int month = 1; month <= 12; month += window) {
      YearMonth first = YearMonth.of(year, month);
      YearMonth last = YearMonth.of(year, Math.min(12, month + window - 1));
      boolean held = lectures.stream().anyMatch(d -> !YearMonth.from(d).isBefore(first) && !YearMonth.from(d).isAfter(last));
      if (!held) {
        shortfalls.add(Shortfall.of(Shortfall.LECTURE_GAP, first, last));
      }
    }
    return ImmutableEducationCompliance.builder().year(year).institution(institution).level(level)
        .activities(inYear.size()).printKinds(printTitles.size()).printCopies(copies)
        .audioVideoKinds(avTitles.size()).audioVideoShowings(showings).audioVideoMinutes(minutes)
        .boards(boardIssues.size()).boardIssues(issues).consultations(consultations).lectures(lectures.size())
        .attendance(attendance).addAllShortfalls(shortfalls).build();
  }
}
