package io.github.weisheng.examples.benchmarks;

/**
 * The baseline of the worklist benchmark: one hand-written SQL query that answers the worklist
 * question on Weisheng's own H2 tables ({@code ws_record}, {@code ws_record_version}, {@code
 * ws_index}), as a vendor's report writer would — set-based, the index values split with string
 * functions, the dates and windows pulled out of the JSON bodies with {@code REGEXP_SUBSTR} (H2 has
 * no JSON path functions). It applies the definitions of {@code WorklistRules} with the default
 * tables written in (first visit 90 days with 14/14-day windows, lost after 180 days, health check
 * every 12 months). Parameters: 1 the as-of date ({@code yyyy-mm-dd}), 2 the scope pattern ({@code
 * 110105001%}). Columns: enrolment id, reason.
 */
final class WorklistSql {
  static final String QUERY = """
      WITH params AS (
        SELECT CAST(? AS DATE) AS as_of, CAST(? AS VARCHAR) AS area
      ),
      enr AS (
        SELECT r.id AS eid, UTF8TOSTRING(v.body) AS b
        FROM ws_index c
        JOIN ws_record r ON r.kind = c.kind AND r.id = c.id
        JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
        CROSS JOIN params p
        WHERE c.kind = 'chronic.enrolment' AND c.idx_name = 'condition'
          AND c.idx_value IN ('HYPERTENSION', 'TYPE_2_DIABETES') AND r.scope LIKE p.area
      ),
      act AS (
        SELECT eid,
               REGEXP_SUBSTR(b, '"archive":"([0-9]{17})"', 1, 1, '', 1) AS archive_no,
               REGEXP_SUBSTR(b, '"condition":"([A-Z_0-9]+)"', 1, 1, '', 1) AS cond,
               CAST(REGEXP_SUBSTR(b, '"enrolledOn":"([0-9-]{10})"', 1, 1, '', 1) AS DATE) AS enrolled_on
        FROM enr
        WHERE b NOT LIKE '%"closure":{%'
      ),
      listed AS (
        SELECT a.* FROM act a CROSS JOIN params p WHERE a.enrolled_on <= p.as_of
      ),
      f2f AS (
        SELECT LEFT(i.idx_value, LOCATE('/', i.idx_value) - 1) AS eid,
               CAST(SUBSTRING(i.idx_value, LOCATE('/', i.idx_value) + 1) AS DATE) AS visit_date,
               i.id AS vid
        FROM ws_index i
        WHERE i.kind = 'chronic.visit' AND i.idx_name = 'enrolment-f2f'
      ),
      ranked AS (
        SELECT f.eid, f.vid, f.visit_date,
               ROW_NUMBER() OVER (PARTITION BY f.eid ORDER BY f.visit_date DESC, f.vid DESC) AS rn
        FROM f2f f JOIN listed l ON l.eid = f.eid CROSS JOIN params p
        WHERE f.visit_date <= p.as_of
      ),
      last_visit AS (
        SELECT k.eid, k.visit_date, UTF8TOSTRING(v.body) AS b
        FROM ranked k
        JOIN ws_record r ON r.kind = 'chronic.visit' AND r.id = k.vid
        JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
        WHERE k.rn = 1
      ),
      schedule AS (
        SELECT l.eid, l.archive_no, l.cond, l.enrolled_on,
               COALESCE(lv.visit_date, l.enrolled_on) AS from_date,
               COALESCE(CAST(REGEXP_SUBSTR(lv.b, '"nextVisit":"([0-9-]{10})"', 1, 1, '', 1) AS DATE),
                        DATEADD(DAY, 90, l.enrolled_on)) AS due,
               COALESCE(CAST(REGEXP_SUBSTR(lv.b, '"earlyDays":([0-9]+)', 1, 1, '', 1) AS INT), 14) AS early,
               COALESCE(CAST(REGEXP_SUBSTR(lv.b, '"lateDays":([0-9]+)', 1, 1, '', 1) AS INT), 14) AS late
        FROM listed l LEFT JOIN last_visit lv ON lv.eid = l.eid
      ),
      follow_up AS (
        SELECT s.eid,
               CASE WHEN DATEDIFF(DAY, s.from_date, p.as_of) > 180 THEN 'LOST_TO_FOLLOW_UP'
                    WHEN p.as_of > DATEADD(DAY, s.late, s.due) THEN 'OVERDUE'
                    WHEN p.as_of >= GREATEST(DATEADD(DAY, -s.early, s.due), DATEADD(DAY, 1, s.from_date)) THEN 'DUE'
               END AS reason
        FROM schedule s CROSS JOIN params p
      ),
      checks AS (
        SELECT LEFT(i.idx_value, 17) AS archive_no, MAX(CAST(SUBSTRING(i.idx_value, 19) AS DATE)) AS last_check
        FROM ws_index i
        JOIN ws_record r ON r.kind = i.kind AND r.id = i.id
        JOIN ws_record_version v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version
        CROSS JOIN params p
        WHERE i.kind = 'archive.service' AND i.idx_name = 'archive-date' AND r.scope LIKE p.area
          AND CAST(SUBSTRING(i.idx_value, 19) AS DATE) <= p.as_of
          AND UTF8TOSTRING(v.body) LIKE '%"type":"HEALTH_CHECK"%'
        GROUP BY LEFT(i.idx_value, 17)
      )
      SELECT eid, reason FROM follow_up WHERE reason IS NOT NULL
      UNION ALL
      SELECT l.eid, 'HEALTH_CHECK_DUE'
      FROM listed l LEFT JOIN checks c ON c.archive_no = l.archive_no CROSS JOIN params p
      WHERE (l.cond = 'HYPERTENSION'
             OR NOT EXISTS (SELECT 1 FROM act h WHERE h.archive_no = l.archive_no AND h.cond = 'HYPERTENSION'))
        AND COALESCE(DATEADD(YEAR, 1, c.last_check), l.enrolled_on) <= p.as_of
      """;

  private WorklistSql() {}
}
