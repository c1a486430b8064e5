package io.github.weisheng.examples.cli;

import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.DensityGrading;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.DensityMeasurement;
import io.github.weisheng.sanitation.DensityThresholds;
import io.github.weisheng.sanitation.IndicatorGrade;
import io.github.weisheng.sanitation.Pest;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.sanitation.VectorSurvey;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weisheng vector-grade --input survey.json}: grades a vector-density survey (病媒生物密度控制水平,
 * GB/T 27770–27773-2011) per indicator, per pest and overall, with
 * {@link DensityThresholds#defaults()} (limits tagged confirmed or not, shared/domain sanitation
 * reference).
 */
@Command(name = "vector-grade", mixinStandardHelpOptions = true,
    description = {"Grades a vector-density survey: A, B, C or below C per indicator, per pest and overall.",
        "病媒生物密度控制水平评级：各指标、各类病媒及总体的 A/B/C 级或未达 C 级。"})
final class VectorGradeCommand extends CliCommand {
  @Option(names = "--input", required = true, paramLabel = "survey.json", description = "the survey / 监测结果")
  Path input;

  @Override
  int run() {
    Path file = resolve(input);
    SurveyInput in = Json.read(file, SurveyInput.class);
    String name = file.getFileName().toString();
    if (in.surveyedOn() == null || in.scope() == null || in.measurements() == null) {
      String field = in.surveyedOn() == null ? "surveyedOn" : in.scope() == null ? "scope" : "measurements";
      throw new InputException(name + " " + field + "：缺少必填字段", name + " " + field + ": required field missing");
    }
    List<DensityMeasurement> measurements = new ArrayList<>();
    for (int i = 0; i < in.measurements().size(); i++) {
      SurveyInput.Measurement m = in.measurements().get(i);
      String at = name + " measurements[" + i + "]";
      if (m == null || m.indicator() == null) {
        throw new InputException(at + " indicator：缺少必填字段", at + " indicator: required field missing");
      }
      try {
        if (m.value() != null && m.positive() == null && m.examined() == null) {
          measurements.add(DensityMeasurement.of(m.indicator(), m.value()));
        } else if (m.value() == null && m.positive() != null && m.examined() != null) {
          measurements.add(DensityMeasurement.ofRate(m.indicator(), m.positive(), m.examined()));
        } else {
          throw new InputException(at + "：须给出 value，或 positive 与 examined",
              at + ": give value, or positive and examined");
        }
      } catch (RuleViolationException e) {
        throw e.under("measurements[" + i + "]");
      }
    }
    VectorSurvey survey = VectorSurvey.builder()
        .id(SurveyId.parse(in.id() == null ? "cli" : in.id()))
        .surveyedOn(in.surveyedOn())
        .scope(AreaScope.parse(in.scope()))
        .addAllMeasurements(measurements)
        .build();
    DensityGrading grading = DensityThresholds.defaults().grade(survey);
    print(survey, grading);
    return ExitCode.OK;
  }

  private void print(VectorSurvey survey, DensityGrading grading) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("surveyedOn", survey.surveyedOn().toString());
      m.put("scope", survey.scope().value());
      List<Map<String, Object>> grades = new ArrayList<>();
      for (IndicatorGrade g : grading.grades()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("indicator", g.indicator().name());
        d.put("pest", g.indicator().pest().name());
        d.put("value", g.value());
        d.put("unit", g.indicator().unit().symbol());
        d.put("level", g.level().name());
        d.put("confirmation", g.confirmation().name());
        grades.add(d);
      }
      m.put("grades", grades);
      Map<String, String> byPest = new LinkedHashMap<>();
      grading.byPest().forEach((p, l) -> byPest.put(p.name(), l.name()));
      m.put("byPest", byPest);
      m.put("overall", grading.overall().name());
      m.put("acceptable", grading.overall().isAcceptable());
      m.put("confirmation", grading.confirmation().name());
      out().println(Json.write(m));
      return;
    }
    row("监测日期", "surveyed on", survey.surveyedOn() + " (" + survey.scope().value() + ")");
    for (IndicatorGrade g : grading.grades()) {
      String indicator = lang == Lang.zh ? g.indicator().chineseName() : g.indicator().name();
      out().println("  " + indicator + " " + g.value().toPlainString() + " " + g.indicator().unit().symbol()
          + " → " + Labels.density(g.level(), lang) + confirmation(g.confirmation()));
    }
    for (Map.Entry<Pest, DensityLevel> e : grading.byPest().entrySet()) {
      String pest = lang == Lang.zh ? e.getKey().chineseName() + "（" + e.getKey().standard() + "）"
          : e.getKey().name() + " (" + e.getKey().standard() + ")";
      out().println(lang.pick("  ", "  ") + pest + lang.pick("：", ": ") + Labels.density(e.getValue(), lang));
    }
    row("总体", "overall", Labels.density(grading.overall(), lang) + confirmation(grading.confirmation()));
  }

  private String confirmation(io.github.weisheng.sanitation.Confirmation c) {
    return switch (c) {
      case CONFIRMED -> "";
      case SECONDARY -> lang.pick("（限值出自二手资料）", " (limit from a secondary source)");
      case UNCONFIRMED -> lang.pick("（限值未经标准原文核实）", " (limit not confirmed against the standard)");
    };
  }
}
