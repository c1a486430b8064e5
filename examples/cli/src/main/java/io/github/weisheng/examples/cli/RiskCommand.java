package io.github.weisheng.examples.cli;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.RiskAssessment;
import io.github.weisheng.chronic.RiskProfile;
import io.github.weisheng.chronic.RiskTable;
import io.github.weisheng.chronic.TierAssignment;
import io.github.weisheng.chronic.TierPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weisheng risk --input patient.json}: the cardiovascular risk level of a hypertensive
 * patient (心血管风险分层, {@link RiskTable#defaults()}, the 2018 Chinese guideline's table) and the
 * management tier it puts the patient in ({@link TierPolicy#defaults()}, a documented default [S]),
 * with the reasons. The input is a {@link RiskProfile} in its JSON form.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
    description = {"Risk level and management tier of a hypertensive patient, with the reasons.",
        "高血压患者心血管风险分层与管理级别，并列出依据。"})
final class RiskCommand extends CliCommand {
  @Option(names = "--input", required = true, paramLabel = "patient.json", description = "the risk profile / 风险评估资料")
  Path input;

  @Override
  int run() {
    RiskProfile profile = Json.read(resolve(input), RiskProfile.class);
    RiskAssessment risk = RiskTable.defaults().stratify(profile);
    TierAssignment tier = TierPolicy.defaults().assign(risk.level());
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("riskLevel", risk.level().name());
      m.put("row", risk.row().name());
      m.put("column", risk.column().name());
      m.put("riskFactors", risk.riskFactors().stream().map(Enum::name).toList());
      m.put("riskRules", Texts.jsonRules(risk.rules()));
      m.put("tier", tier.tier().name());
      Map<String, Object> cadence = new LinkedHashMap<>();
      cadence.put("intervalDays", tier.cadence().intervalDays());
      cadence.put("earlyDays", tier.cadence().earlyDays());
      cadence.put("lateDays", tier.cadence().lateDays());
      m.put("cadence", cadence);
      m.put("tierRules", Texts.jsonRules(tier.rules()));
      out().println(Json.write(m));
      return ExitCode.OK;
    }
    row("危险分层", "risk level", Labels.risk(risk.level(), lang) + " (" + risk.level() + ")");
    for (AppliedRule r : risk.rules()) {
      out().println(Texts.line(r, lang));
    }
    row("管理级别", "tier", Labels.tier(tier.tier(), lang) + " (" + tier.tier() + ")"
        + lang.pick("，每 " + tier.cadence().intervalDays() + " 天随访",
            ", follow-up every " + tier.cadence().intervalDays() + " days"));
    for (AppliedRule r : tier.rules()) {
      out().println(Texts.line(r, lang));
    }
    return ExitCode.OK;
  }
}
