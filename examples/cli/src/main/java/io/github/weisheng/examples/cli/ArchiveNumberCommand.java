package io.github.weisheng.examples.cli;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.org.CommitteeCode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code weisheng archive-number <committee> <serial>}: the 17-digit health-archive number (健康档案编号)
 * of a committee's serial, with {@link ArchiveNumber#of(CommitteeCode, int)}.
 */
@Command(name = "archive-number", mixinStandardHelpOptions = true,
    description = {"The 17-digit archive number of a 12-digit committee code and a serial.",
        "由12位居委会代码和顺序号生成17位健康档案编号。"})
final class ArchiveNumberCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<committee>", description = "12-digit committee code / 12位居（村）委会代码")
  String committee;

  @Parameters(index = "1", paramLabel = "<serial>", description = "serial within the committee, 1-99999 / 顺序号")
  int serial;

  @Override
  int run() {
    ArchiveNumber number = ArchiveNumber.of(CommitteeCode.parse(committee), serial);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("archiveNumber", number.value());
      m.put("committee", number.committee().value());
      m.put("serial", number.serial());
      out().println(Json.write(m));
    } else {
      row("档案编号", "archive number", number.value());
    }
    return ExitCode.OK;
  }
}
