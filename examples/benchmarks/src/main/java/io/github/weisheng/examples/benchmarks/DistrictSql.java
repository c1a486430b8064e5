package io.github.weisheng.examples.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the district benchmark: the annual work-summary figures by hand-written SQL on
 * Weisheng's own H2 tables ({@code ws_record}, {@code ws_record_version}, {@code ws_index}), as a
 * vendor's report writer would write it — set-based, index values split with string functions,
 * fields pulled out of the JSON bodies with {@code REGEXP_SUBSTR} and {@code LIKE} (H2 has no JSON
 * path functions). As in {@link WorklistSql}, intermediate results go into session-local temporary
 * tables with primary keys, because H2 re-runs a derived table for each outer row of a join.
 *
 * <p>The definitions are those of {@code ArchiveFigures} and {@code WorkSummary} with the default
 * tables written in: the archive counts as of 31 December among residents living in the catchment
 * half a year or more; 使用率 over every active archive with a service record dated in the 12 months
 * up to that day; a patient managed to standard with at least 4 face-to-face follow-ups in the year
 * and no gap over 90 days; controlled when the year's latest follow-up is below 140/90 mmHg (150/90
 * from age 65) or a fasting glucose below 7.0 mmol/L.
 */
final class DistrictSql {
  private static final String BODY = "JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version";
  private static final String CLOSED_ON =
      "CAST(REGEXP_SUBSTR(b, '\"closure\":\\{\"reason\":\"[A-Z_]+\",\"on\":\"([0-9-]{10})\"', 1, 1, '', 1) AS DATE)";

  private static final List<String> SETUP = List.of(
      "CREATE LOCAL TEMPORARY TABLE ds_living (id VARCHAR(128) PRIMARY KEY)",
      "CREATE LOCAL TEMPORARY TABLE ds_archive (archive_no VARCHAR(17) PRIMARY KEY, resident VARCHAR(128),"
          + " electronic BOOLEAN)",
      "CREATE LOCAL TEMPORARY TABLE ds_served (archive_no VARCHAR(17) PRIMARY KEY)",
      "CREATE LOCAL TEMPORARY TABLE ds_enr (eid VARCHAR(128) PRIMARY KEY)",
      "CREATE LOCAL TEMPORARY TABLE ds_f2f (eid VARCHAR(128) PRIMARY KEY, visits INT, max_gap INT)",
      "CREATE LOCAL TEMPORARY TABLE ds_last (eid VARCHAR(128) PRIMARY KEY, vid VARCHAR(128))");

  private static final List<String> CLEAR = List.of("TRUNCATE TABLE ds_living", "TRUNCATE TABLE ds_archive",
      "TRUNCATE TABLE ds_served", "TRUNCATE TABLE ds_enr", "TRUNCATE TABLE ds_f2f", "TRUNCATE TABLE ds_last");

  /** Residents living in the catchment half a year or more. Parameter: the scope pattern. */
  private static final String LIVING = "INSERT INTO ds_living SELECT r.id FROM ws_record r " + BODY
      + " WHERE r.kind = 'resident' AND r.scope LIKE ? AND UTF8TOSTRING(v.body) LIKE '%\"livesHalfYearOrMore\":true%'";

  /** Archives active on the day. Parameters: the scope pattern, the day twice. */
  private static final String ARCHIVES = """
      INSERT INTO ds_archive
      SELECT archive_no, REGEXP_SUBSTR(b, '"resident":"([^"]+)"', 1, 1, '', 1), b LIKE '%"electronic":true%'
      FROM (SELECT r.id AS archive_no, UTF8TOSTRING(v.body) AS b FROM ws_record r
      """ + BODY + """
       WHERE r.kind = 'archive' AND r.scope LIKE ?) a
      WHERE CAST(REGEXP_SUBSTR(b, '"openedOn":"([0-9-]{10})"', 1, 1, '', 1) AS DATE) <= CAST(? AS DATE)
        AND (""" + CLOSED_ON + " IS NULL OR " + CLOSED_ON + " > CAST(? AS DATE))";

  /** 建档 and 电子建档: archived residents living here. */
  private static final String ARCHIVED = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.electronic THEN 1 ELSE 0 END), 0)"
      + " FROM ds_archive a JOIN ds_living l ON l.id = a.resident";

  /** Archives with a service record in the window. Parameters: first day, last day. */
  private static final String SERVED = """
      INSERT INTO ds_served
      SELECT DISTINCT LEFT(i.idx_value, 17) FROM ws_index i
      WHERE i.kind = 'archive.service' AND i.idx_name = 'archive-date'
        AND SUBSTRING(i.idx_value, 19) BETWEEN ? AND ?
      """;

  /** 使用率: active archives, and those with a service record in the window. */
  private static final String USE = "SELECT COUNT(*), COUNT(s.archive_no) FROM ds_archive a"
      + " LEFT JOIN ds_served s ON s.archive_no = a.archive_no";

  /** A condition's enrolments counted in the year. Parameters: condition, scope pattern, last day, first day. */
  private static final String ENROLMENTS = """
      INSERT INTO ds_enr
      SELECT eid FROM (
        SELECT r.id AS eid, UTF8TOSTRING(v.body) AS b
        FROM ws_index c JOIN ws_record r ON r.kind = c.kind AND r.id = c.id
      """ + BODY + """
        WHERE c.kind = 'chronic.enrolment' AND c.idx_name = 'condition' AND c.idx_value = ? AND r.scope LIKE ?
      ) e
      WHERE CAST(REGEXP_SUBSTR(b, '"enrolledOn":"([0-9-]{10})"', 1, 1, '', 1) AS DATE) <= CAST(? AS DATE)
        AND COALESCE(""" + CLOSED_ON + ", CAST('9999-12-31' AS DATE)) >= CAST(? AS DATE)";

  /**
   * Face-to-face follow-ups of the year per enrolment (of any condition): count and longest gap.
   * Parameters: first, last day. (Restricting it to the condition's enrolments with {@code IN
   * (SELECT …)} made H2 re-run the subquery for every row.)
   */
  private static final String FACE_TO_FACE = """
      INSERT INTO ds_f2f
      SELECT eid, COUNT(*), COALESCE(MAX(gap), 0) FROM (
        SELECT eid, DATEDIFF(DAY, LAG(d) OVER (PARTITION BY eid ORDER BY d), d) AS gap FROM (
          SELECT LEFT(i.idx_value, LOCATE('/', i.idx_value) - 1) AS eid,
                 CAST(SUBSTRING(i.idx_value, LOCATE('/', i.idx_value) + 1) AS DATE) AS d
          FROM ws_index i WHERE i.kind = 'chronic.visit' AND i.idx_name = 'enrolment-f2f'
        ) x
        WHERE d BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
      ) y GROUP BY eid
      """;

  /** The latest follow-up of the year (any mode) per enrolment (of any condition). Parameters: first, last day. */
  private static final String LATEST = """
      INSERT INTO ds_last
      SELECT eid, vid FROM (
        SELECT eid, vid, ROW_NUMBER() OVER (PARTITION BY eid ORDER BY d DESC, vid DESC) AS rn FROM (
          SELECT LEFT(i.idx_value, LOCATE('/', i.idx_value) - 1) AS eid,
                 CAST(SUBSTRING(i.idx_value, LOCATE('/', i.idx_value) + 1) AS DATE) AS d, i.id AS vid
          FROM ws_index i WHERE i.kind = 'chronic.visit' AND i.idx_name = 'enrolment-date'
        ) x
        WHERE d BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
      ) y WHERE rn = 1
      """;

  /** Hypertension: blood pressure below 140/90, 150/90 from 65. */
  private static final String BP_CONTROLLED = """
      CAST(REGEXP_SUBSTR(b, '"bloodPressure":\\{"systolic":([0-9]+)', 1, 1, '', 1) AS INT)
        < CASE WHEN CAST(REGEXP_SUBSTR(b, '"ageAtVisit":([0-9]+)', 1, 1, '', 1) AS INT) >= 65 THEN 150 ELSE 140 END
      AND CAST(REGEXP_SUBSTR(b, '"bloodPressure":\\{"systolic":[0-9]+,"diastolic":([0-9]+)', 1, 1, '', 1) AS INT) < 90
      """;

  /** Diabetes: fasting glucose below 7.0. */
  private static final String FPG_CONTROLLED =
      "CAST(REGEXP_SUBSTR(b, '\"fastingGlucose\":([0-9.]+)', 1, 1, '', 1) AS DECIMAL(5, 2)) < 7.0";

  /** The figures of the condition: patients, managed, controlled, face-to-face visits. */
  private static String totals(String controlled) {
    return """
        SELECT COUNT(*),
               COALESCE(SUM(CASE WHEN COALESCE(visits, 0) >= 4 AND COALESCE(max_gap, 0) <= 90 THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN b IS NOT NULL AND (""" + controlled + """
        ) THEN 1 ELSE 0 END), 0),
               COALESCE(SUM(COALESCE(visits, 0)), 0)
        FROM (
          SELECT f.visits, f.max_gap, UTF8TOSTRING(v.body) AS b
          FROM ds_enr e
          LEFT JOIN ds_f2f f ON f.eid = e.eid
          LEFT JOIN ds_last l ON l.eid = e.eid
          LEFT JOIN ws_record r ON r.kind = 'chronic.visit' AND r.id = l.vid
          LEFT JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
        ) p
        """;
  }

  private final Connection sql;
  private final List<PreparedStatement> clear = new java.util.ArrayList<>();
  private final PreparedStatement living;
  private final PreparedStatement archives;
  private final PreparedStatement archived;
  private final PreparedStatement served;
  private final PreparedStatement use;
  private final PreparedStatement enrolments;
  private final PreparedStatement faceToFace;
  private final PreparedStatement latest;
  private final PreparedStatement hypertension;
  private final PreparedStatement diabetes;
  private final PreparedStatement clearChronic;

  DistrictSql(Connection sql) throws SQLException {
    this.sql = sql;
    try (Statement setup = sql.createStatement()) {
      for (String ddl : SETUP) {
        setup.execute(ddl);
      }
    }
    for (String statement : CLEAR) {
      clear.add(sql.prepareStatement(statement));
    }
    living = sql.prepareStatement(LIVING);
    archives = sql.prepareStatement(ARCHIVES);
    archived = sql.prepareStatement(ARCHIVED);
    served = sql.prepareStatement(SERVED);
    use = sql.prepareStatement(USE);
    enrolments = sql.prepareStatement(ENROLMENTS);
    faceToFace = sql.prepareStatement(FACE_TO_FACE);
    latest = sql.prepareStatement(LATEST);
    hypertension = sql.prepareStatement(totals(BP_CONTROLLED));
    diabetes = sql.prepareStatement(totals(FPG_CONTROLLED));
    clearChronic = sql.prepareStatement("TRUNCATE TABLE ds_enr");
  }

  /**
   * Computes the figures of the district for the year.
   *
   * @param county the county code whose records count
   * @param year the year
   * @return the figures, named as {@link DistrictSummary#weisheng} names them
   */
  Map<String, Long> figures(String county, int year) throws SQLException {
    String scope = county + "%";
    String first = year + "-01-01";
    String last = year + "-12-31";
    for (PreparedStatement statement : clear) {
      statement.executeUpdate();
    }
    Map<String, Long> out = new LinkedHashMap<>();
    living.setString(1, scope);
    living.executeUpdate();
    archives.setString(1, scope);
    archives.setString(2, last);
    archives.setString(3, last);
    archives.executeUpdate();
    try (ResultSet rs = archived.executeQuery()) {
      rs.next();
      out.put("archive.archived", rs.getLong(1));
      out.put("archive.electronic", rs.getLong(2));
    }
    served.setString(1, first);
    served.setString(2, last);
    served.executeUpdate();
    try (ResultSet rs = use.executeQuery()) {
      rs.next();
      out.put("archive.use.numerator", rs.getLong(2));
      out.put("archive.use.denominator", rs.getLong(1));
    }
    faceToFace.setString(1, first);
    faceToFace.setString(2, last);
    faceToFace.executeUpdate();
    latest.setString(1, first);
    latest.setString(2, last);
    latest.executeUpdate();
    for (String condition : List.of("HYPERTENSION", "TYPE_2_DIABETES")) {
      clearChronic.executeUpdate();
      select(condition, scope, first, last);
      try (ResultSet rs = (condition.equals("HYPERTENSION") ? hypertension : diabetes).executeQuery()) {
        rs.next();
        out.put(condition + ".patients", rs.getLong(1));
        out.put(condition + ".managed", rs.getLong(2));
        out.put(condition + ".controlled", rs.getLong(3));
        out.put(condition + ".faceToFace", rs.getLong(4));
      }
    }
    for (String condition : DistrictSummary.OTHER_CONDITIONS) {
      clearChronic.executeUpdate();
      select(condition, scope, first, last);
      try (Statement count = sql.createStatement(); ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM ds_enr")) {
        rs.next();
        out.put("other." + condition, rs.getLong(1));
      }
    }
    return out;
  }

  private void select(String condition, String scope, String first, String last) throws SQLException {
    enrolments.setString(1, condition);
    enrolments.setString(2, scope);
    enrolments.setString(3, last);
    enrolments.setString(4, first);
    enrolments.executeUpdate();
  }
}
