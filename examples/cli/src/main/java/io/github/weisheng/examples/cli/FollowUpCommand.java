package io.github.weisheng.examples.cli;

import io.github.weisheng.chronic.AdverseReaction;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ComplicationChange;
import io.github.weisheng.chronic.DiabetesDangerSign;
import io.github.weisheng.chronic.DiabetesFindings;
import io.github.weisheng.chronic.DiabetesFollowUpRules;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.HypertensionDangerSign;
import io.github.weisheng.chronic.HypertensionFindings;
import io.github.weisheng.chronic.HypertensionFollowUpRules;
import io.github.weisheng.chronic.PreviousVisit;
import io.github.weisheng.chronic.Referral;
import io.github.weisheng.chronic.VisitAssessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weisheng followup --condition hypertension|diabetes --input visit.json}: classifies a
 * follow-up visit (此次随访分类), gives the next visit date and the referral (转诊), each with the
 * rules that produced it, from {@link HypertensionFollowUpRules#defaults()} or
 * {@link DiabetesFollowUpRules#defaults()} (national basic public health service spec, 3rd edition,
 * shared/domain/archives-chronic-populations.md §3–§4 [C]).
 */
@Command(name = "followup", mixinStandardHelpOptions = true,
    description = {"Classifies a hypertension or diabetes follow-up: next visit and referral, with the rules.",
        "高血压或2型糖尿病随访评估：分类、下次随访日期、转诊，并列出依据。"})
final class FollowUpCommand extends CliCommand {
  /** The condition followed up. */
  enum Condition {
    hypertension,
    diabetes
  }

  /** Default routine interval: the spec's at-least-quarterly face-to-face follow-up (§3 [C]). */
  static final int DEFAULT_INTERVAL_DAYS = 90;

  @Option(names = "--condition", required = true, paramLabel = "hypertension|diabetes",
      description = "the condition / 病种")
  Condition condition;

  @Option(names = "--input", required = true, paramLabel = "visit.json", description = "the visit / 随访记录")
  Path input;

  @Override
  int run() {
    Path file = resolve(input);
    VisitInput visit = Json.read(file, VisitInput.class);
    String name = file.getFileName().toString();
    require(visit.visitDate() != null, name, "visitDate");
    if (visit.previousClassification() == null && visit.previousUnsatisfiedStreak() != null) {
      throw new InputException(name + " previousUnsatisfiedStreak：须同时给出 previousClassification",
          name + " previousUnsatisfiedStreak: needs previousClassification");
    }
    PreviousVisit previous = visit.previousClassification() == null ? PreviousVisit.none()
        : PreviousVisit.of(visit.previousClassification(),
            visit.previousUnsatisfiedStreak() == null ? 0 : visit.previousUnsatisfiedStreak());
    int interval = visit.routineIntervalDays() == null ? DEFAULT_INTERVAL_DAYS : visit.routineIntervalDays();
    if (interval < 1) {
      throw new InputException(name + " routineIntervalDays：须为正整数", name + " routineIntervalDays: must be a positive number");
    }
    AdverseReaction reaction = visit.adverseReaction() == null ? AdverseReaction.NONE : visit.adverseReaction();
    ComplicationChange complication = visit.complication() == null ? ComplicationChange.NONE : visit.complication();
    List<String> signs = visit.dangerSigns() == null ? List.of() : visit.dangerSigns();
    VisitAssessment assessment;
    if (condition == Condition.hypertension) {
      require(visit.age() != null, name, "age");
      require(visit.systolic() != null, name, "systolic");
      require(visit.diastolic() != null, name, "diastolic");
      HypertensionFindings findings = HypertensionFindings.builder()
          .visitDate(visit.visitDate())
          .age(visit.age())
          .bloodPressure(BloodPressure.of(visit.systolic(), visit.diastolic()))
          .adverseReaction(reaction)
          .complication(complication)
          .addAllDangerSigns(signs(signs, name, HypertensionDangerSign::valueOf))
          .pregnantOrLactating(Boolean.TRUE.equals(visit.pregnantOrLactating()))
          .lowerTargetIndicated(Boolean.TRUE.equals(visit.lowerTargetIndicated()))
          .build();
      assessment = HypertensionFollowUpRules.defaults().assess(findings, previous, interval);
    } else {
      require(visit.fastingGlucose() != null, name, "fastingGlucose");
      DiabetesFindings.Builder findings = DiabetesFindings.builder()
          .visitDate(visit.visitDate())
          .fastingGlucose(FastingGlucose.of(visit.fastingGlucose()))
          .adverseReaction(reaction)
          .complication(complication)
          .addAllDangerSigns(signs(signs, name, DiabetesDangerSign::valueOf));
      if (visit.systolic() != null || visit.diastolic() != null) {
        require(visit.systolic() != null, name, "systolic");
        require(visit.diastolic() != null, name, "diastolic");
        findings.bloodPressure(BloodPressure.of(visit.systolic(), visit.diastolic()));
      }
      assessment = DiabetesFollowUpRules.defaults().assess(findings.build(), previous, interval);
    }
    print(assessment);
    return ExitCode.OK;
  }

  private void print(VisitAssessment a) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("condition", condition.name());
      m.put("visitDate", a.visitDate().toString());
      m.put("classification", a.classification().name());
      m.put("atTarget", a.atTarget());
      m.put("unsatisfiedStreak", a.unsatisfiedStreak());
      m.put("classificationRule", Texts.json(a.classificationRule()));
      m.put("nextVisit", a.nextVisit().toString());
      m.put("nextVisitRules", Texts.jsonRules(a.nextVisitRules()));
      m.put("referral", a.referral().name());
      m.put("urgent", a.referral() == Referral.URGENT);
      m.put("referralRules", Texts.jsonRules(a.referralRules()));
      m.put("referralCheckBy", a.referralCheckBy().map(Object::toString).orElse(null));
      out().println(Json.write(m));
      return;
    }
    row("随访分类", "classification", Labels.classification(a.classification(), lang) + " (" + a.classification() + ")");
    out().println(Texts.line(a.classificationRule(), lang));
    row("下次随访日期", "next visit", a.nextVisit());
    for (AppliedRule r : a.nextVisitRules()) {
      out().println(Texts.line(r, lang));
    }
    String referral = Labels.referral(a.referral(), lang) + " (" + a.referral() + ")";
    if (a.referralCheckBy().isPresent()) {
      referral += lang.pick("，转诊结果复核日期 ", ", check the outcome by ") + a.referralCheckBy().get();
    }
    row("转诊", "referral", referral);
    for (AppliedRule r : a.referralRules()) {
      out().println(Texts.line(r, lang));
    }
  }

  private static void require(boolean present, String file, String field) {
    if (!present) {
      throw new InputException(file + " " + field + "：缺少必填字段", file + " " + field + ": required field missing");
    }
  }

  private static <E> List<E> signs(List<String> names, String file, Function<String, E> valueOf) {
    List<E> signs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        signs.add(valueOf.apply(names.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InputException(file + " dangerSigns[" + i + "]：不是该病种的危急情况",
            file + " dangerSigns[" + i + "]: not a danger sign of this condition");
      }
    }
    return signs;
  }
}
