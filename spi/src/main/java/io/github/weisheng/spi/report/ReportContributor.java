package io.github.weisheng.spi.report;

import java.util.List;

/**
 * Contributes sections to a report from the host's own systems: the figures Weisheng's records do
 * not hold, such as basic medical care (门诊人次, 处方张数, 化验, B超, 心电图 …) from the host's
 * outpatient and pharmacy modules. The report places the sections where the summary expects them
 * and numbers them with the rest.
 *
 * @since 0.1.0
 */
public interface ReportContributor {

  /**
   * Returns the contributor's id, unique among those of a report.
   *
   * @return a short lower-case name, for example {@code his-outpatient}
   */
  String id();

  /**
   * Returns the sections for a report.
   *
   * @param request what the report covers
   * @return the sections, in order; none when the host has nothing for the request
   */
  List<Section> sections(ReportRequest request);
}
