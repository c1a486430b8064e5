package io.github.weisheng.examples.cli;

import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code weisheng id <number>}: checks an identity number (公民身份号码, GB 11643-1999, and the numbers
 * sharing its layout) with {@link CitizenId#parse(CharSequence)}. Exit 0 valid, 1 invalid; an
 * invalid number is never echoed.
 */
@Command(name = "id", mixinStandardHelpOptions = true,
    description = {"Checks an ID number: kind, birth date, sex, the 18-character form; or the broken rule.",
        "校验身份证号码：种类、出生日期、性别、18位号码；或不符合的规则。"})
final class IdCommand extends CliCommand {
  @Parameters(paramLabel = "<number>", description = "15 or 18 characters / 15位或18位号码")
  String number;

  @Override
  int run() {
    CitizenId id;
    try {
      id = CitizenId.parse(number);
    } catch (RuleViolationException e) {
      if (!json) {
        out().println(lang.pick("无效", "invalid"));
      }
      printViolations(e.violations());
      return ExitCode.RULE_BROKEN;
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("valid", true);
      m.put("kind", id.kind().name());
      m.put("birthDate", id.birthDate().toString());
      m.put("sex", id.sex().name());
      m.put("eighteen", id.toEighteen().value());
      out().println(Json.write(m));
    } else {
      out().println(lang.pick("有效", "valid"));
      row("种类", "kind", Labels.kind(id.kind(), lang));
      row("出生日期", "birth date", id.birthDate());
      row("性别", "sex", Labels.sex(id.sex(), lang));
      row("18位号码", "18-character form", id.toEighteen().value());
    }
    return ExitCode.OK;
  }
}
