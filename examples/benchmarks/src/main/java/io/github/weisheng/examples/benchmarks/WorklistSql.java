package io.github.weisheng.examples.benchmarks;

import java.util.List;

/**
 * The baseline of the worklist benchmark: hand-written SQL that answers the worklist question on
 * Weisheng's own H2 tables ({@code ws_record}, {@code ws_record_version}, {@code ws_index}), as a
 * vendor's report writer would — set-based, the index values split with string functions, the
 * dates and windows pulled out of the JSON bodies with {@code REGEXP_SUBSTR} (H2 has no JSON path
 * functions). H2 joins by nested loops and re-runs a derived table or CTE for each outer row, so a
 * single query with CTEs is quadratic here; the script therefore fills three session-local
 * temporary tables with primary keys (the patients listed, each one's last face-to-face visit, each
 * archive's last health check) and joins them in one final query. It applies the definitions of
 * {@code WorklistRules} with the default tables written in (first visit 90 days with 14/14-day
 * windows, lost after 180 days, health check every 12 months).
 */
final class WorklistSql {
  /** Run once per connection: the temporary tables. */
  static final List<String> SETUP = List.of(
      "CREATE LOCAL TEMPORARY TABLE wl_act (eid VARCHAR(128) PRIMARY KEY, archive_no VARCHAR(17),"
          + " cond VARCHAR(32), enrolled_on DATE)",
      "CREATE INDEX wl_act_archive ON wl_act (archive_no)",
      "CREATE LOCAL TEMPORARY TABLE wl_last (eid VARCHAR(128) PRIMARY KEY, vid VARCHAR(128), visit_date DATE)",
      "CREATE LOCAL TEMPORARY TABLE wl_check (archive_no VARCHAR(17) PRIMARY KEY, last_check DATE)");

  /** Emptying the temporary tables before each run. */
  static final List<String> CLEAR = List.of("TRUNCATE TABLE wl_act", "TRUNCATE TABLE wl_last",
      "TRUNCATE TABLE wl_check");

  /** The active hypertension and diabetes enrolments of the area. Parameter: the scope pattern. */
  static final String ACTIVE = """
      INSERT INTO wl_act
      SELECT eid,
             REGEXP_SUBSTR(b, '"archive":"([0-9]{17})"', 1, 1, '', 1),
             REGEXP_SUBSTR(b, '"condition":"([A-Z_0-9]+)"', 1, 1, '', 1),
             CAST(REGEXP_SUBSTR(b, '"enrolledOn":"([0-9-]{10})"', 1, 1, '', 1) AS DATE)
      FROM (
        SELECT r.id AS eid, UTF8TOSTRING(v.body) AS b
        FROM ws_index c
        JOIN ws_record r ON r.kind = c.kind AND r.id = c.id
        JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
        WHERE c.kind = 'chronic.enrolment' AND c.idx_name = 'condition'
          AND c.idx_value IN ('HYPERTENSION', 'TYPE_2_DIABETES') AND r.scope LIKE ?
      ) e
      WHERE b NOT LIKE '%"closure":{%'
      """;

  /** Each enrolment's last face-to-face visit on or before the date. Parameter: the as-of date. */
  static final String LAST_VISIT = """
      INSERT INTO wl_last
      SELECT eid, vid, visit_date
      FROM (
        SELECT eid, vid, visit_date,
               ROW_NUMBER() OVER (PARTITION BY eid ORDER BY visit_date DESC, vid DESC) AS rn
        FROM (
          SELECT LEFT(i.idx_value, LOCATE('/', i.idx_value) - 1) AS eid,
                 CAST(SUBSTRING(i.idx_value, LOCATE('/', i.idx_value) + 1) AS DATE) AS visit_date,
                 i.id AS vid
          FROM ws_index i
          WHERE i.kind = 'chronic.visit' AND i.idx_name = 'enrolment-f2f'
        ) f
        WHERE visit_date <= CAST(? AS DATE)
      ) k
      WHERE rn = 1
      """;

  /** Each archive's last health check on or before the date. Parameters: the scope pattern, the date. */
  static final String LAST_CHECK = """
      INSERT INTO wl_check
      SELECT LEFT(i.idx_value, 17), MAX(CAST(SUBSTRING(i.idx_value, 19) AS DATE))
      FROM ws_index i
      JOIN ws_record r ON r.kind = i.kind AND r.id = i.id
      JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
      WHERE i.kind = 'archive.service' AND i.idx_name = 'archive-date' AND r.scope LIKE ?
        AND CAST(SUBSTRING(i.idx_value, 19) AS DATE) <= CAST(? AS DATE)
        AND UTF8TOSTRING(v.body) LIKE '%"type":"HEALTH_CHECK"%'
      GROUP BY LEFT(i.idx_value, 17)
      """;

  /** The rows: enrolment id, reason. Parameters: the as-of date, six times. */
  static final String ROWS = """
      SELECT eid, reason FROM (
        SELECT eid,
               CASE WHEN DATEDIFF(DAY, from_date, CAST(? AS DATE)) > 180 THEN 'LOST_TO_FOLLOW_UP'
                    WHEN CAST(? AS DATE) > DATEADD(DAY, late, due) THEN 'OVERDUE'
                    WHEN CAST(? AS DATE) >= GREATEST(DATEADD(DAY, -early, due), DATEADD(DAY, 1, from_date)) THEN 'DUE'
               END AS reason
        FROM (
          SELECT a.eid,
                 COALESCE(l.visit_date, a.enrolled_on) AS from_date,
                 COALESCE(CAST(REGEXP_SUBSTR(UTF8TOSTRING(v.body), '"nextVisit":"([0-9-]{10})"', 1, 1, '', 1) AS DATE),
                          DATEADD(DAY, 90, a.enrolled_on)) AS due,
                 COALESCE(CAST(REGEXP_SUBSTR(UTF8TOSTRING(v.body), '"earlyDays":([0-9]+)', 1, 1, '', 1) AS INT), 14) AS early,
                 COALESCE(CAST(REGEXP_SUBSTR(UTF8TOSTRING(v.body), '"lateDays":([0-9]+)', 1, 1, '', 1) AS INT), 14) AS late
          FROM wl_act a
          LEFT JOIN wl_last l ON l.eid = a.eid
          LEFT JOIN ws_record r ON r.kind = 'chronic.visit' AND r.id = l.vid
          LEFT JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
          WHERE a.enrolled_on <= CAST(? AS DATE)
        ) s
      ) f
      WHERE reason IS NOT NULL
      UNION ALL
      SELECT a.eid, 'HEALTH_CHECK_DUE'
      FROM wl_act a LEFT JOIN wl_check c ON c.archive_no = a.archive_no
      WHERE a.enrolled_on <= CAST(? AS DATE)
        AND (a.cond = 'HYPERTENSION'
             OR NOT EXISTS (SELECT 1 FROM wl_act h WHERE h.archive_no = a.archive_no AND h.cond = 'HYPERTENSION'))
        AND COALESCE(DATEADD(YEAR, 1, c.last_check), a.enrolled_on) <= CAST(? AS DATE)
      """;

  private WorklistSql() {}
}
