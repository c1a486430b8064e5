package io.github.weisheng.examples.cli;

import io.github.weisheng.immunization.DoseEvaluation;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.ImmunizationRecommendation;
import io.github.weisheng.immunization.VaccinationHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weisheng forecast --as-of <date> --input child.json}: evaluates every dose a child was
 * given and recommends the next ones (预防接种评估与预测), with
 * {@link ImmunizationForecaster#defaults()} (the bundled national immunization programme schedule,
 * shared/domain immunization reference). The input is a {@link VaccinationHistory} in its JSON form.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Evaluates a child's doses and recommends the next ones (national programme schedule).",
        "评估儿童已接种剂次并给出后续接种建议（国家免疫规划）。"})
final class ForecastCommand extends CliCommand {
  @Option(names = "--as-of", required = true, paramLabel = "<date>", description = "assessment date, yyyy-MM-dd / 评估日期")
  LocalDate asOf;

  @Option(names = "--input", required = true, paramLabel = "child.json", description = "the child's vaccination history / 接种史")
  Path input;

  @Override
  int run() {
    VaccinationHistory history = Json.read(resolve(input), VaccinationHistory.class);
    ImmunizationAssessment a = ImmunizationForecaster.defaults().assess(history, asOf);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("assessmentDate", a.assessmentDate().toString());
      m.put("schedule", a.schedule());
      m.put("upToDate", a.isUpToDate());
      List<Map<String, Object>> evaluations = new ArrayList<>();
      for (DoseEvaluation e : a.evaluations()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("product", e.dose().product());
        d.put("date", e.dose().date().toString());
        d.put("group", e.group());
        d.put("series", e.seriesId());
        d.put("valid", e.isValid());
        d.put("doseNumber", e.doseNumber().orElse(null));
        d.put("timely", e.timely().orElse(null));
        d.put("reason", e.reason().map(r -> reason(r.rule())).orElse(null));
        evaluations.add(d);
      }
      m.put("evaluations", evaluations);
      List<Map<String, Object>> recommendations = new ArrayList<>();
      for (ImmunizationRecommendation r : a.recommendations()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("group", r.group());
        d.put("series", r.seriesId());
        d.put("status", r.status().name());
        d.put("statusText", Texts.both(r.status().rule(), List.of()));
        d.put("doseNumber", r.doseNumber().orElse(null));
        d.put("products", r.products());
        d.put("earliest", date(r.earliest()));
        d.put("recommended", date(r.recommended()));
        d.put("pastDue", date(r.pastDue()));
        d.put("timelyBefore", date(r.timelyBefore()));
        d.put("latest", date(r.latest()));
        d.put("validDoses", r.validDoses());
        d.put("targetDoses", r.targetDoses());
        d.put("notes", r.notes().stream().map(ForecastCommand::reason).toList());
        recommendations.add(d);
      }
      m.put("recommendations", recommendations);
      out().println(Json.write(m));
      return ExitCode.OK;
    }
    row("评估日期", "assessed on", a.assessmentDate() + " (" + a.schedule() + ")");
    out().println(lang.pick("剂次评估：", "doses:"));
    if (a.evaluations().isEmpty()) {
      out().println(lang.pick("  （无）", "  (none)"));
    }
    for (DoseEvaluation e : a.evaluations()) {
      String verdict;
      if (e.isValid()) {
        verdict = lang.pick("有效，第" + e.doseNumber().orElseThrow() + "剂", "valid, dose " + e.doseNumber().orElseThrow());
        if (e.timely().isPresent()) {
          verdict += e.timely().get() ? lang.pick("，及时", ", timely") : lang.pick("，不及时", ", not timely");
        }
      } else {
        String rule = e.reason().orElseThrow().rule();
        verdict = lang.pick("无效：", "not valid: ") + Texts.rule(rule, lang) + " [" + rule + "]";
      }
      out().println("  " + e.dose().date() + " " + e.dose().product() + " → " + e.seriesId() + " " + verdict);
    }
    out().println(lang.pick("接种建议：", "recommendations:"));
    for (ImmunizationRecommendation r : a.recommendations()) {
      StringBuilder line = new StringBuilder("  " + r.seriesId() + " " + Texts.rule(r.status().rule(), lang)
          + " (" + r.validDoses() + "/" + r.targetDoses() + ")");
      r.doseNumber().ifPresent(n -> line.append(lang.pick(" 第" + n + "剂", " dose " + n)));
      if (!r.products().isEmpty() && r.doseNumber().isPresent()) {
        line.append(" ").append(String.join("/", r.products()));
      }
      r.earliest().ifPresent(d -> line.append(lang.pick(" 最早 ", " earliest ")).append(d));
      r.recommended().ifPresent(d -> line.append(lang.pick(" 推荐 ", " recommended ")).append(d));
      r.latest().ifPresent(d -> line.append(lang.pick(" 最晚 ", " latest ")).append(d));
      out().println(line);
      for (String note : r.notes()) {
        out().println("    · " + Texts.rule(note, lang) + " [" + note + "]");
      }
    }
    out().println(a.isUpToDate() ? lang.pick("按时完成应种剂次。", "Up to date.")
        : lang.pick("有应种、逾期或需补种的剂次。", "Doses are due, overdue or to catch up."));
    return ExitCode.OK;
  }

  private static Map<String, Object> reason(String rule) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", rule);
    m.put("message", Texts.both(rule, List.of()));
    return m;
  }

  private static String date(java.util.Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
