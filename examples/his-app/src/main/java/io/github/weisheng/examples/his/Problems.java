package io.github.weisheng.examples.his;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import io.github.weisheng.validation.WeishengException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Weisheng's exceptions as RFC 9457 problem details ({@code application/problem+json}): a broken
 * rule is 400 with every violation's field, rule id and message in English and Chinese; an access
 * denial 403 with the policy's rule; a missing record 404; a stale version 409; anything else 500. Weisheng's messages
 * never carry personal data, so they may be returned as they are; they are not logged. Spring's
 * own request errors (unreadable JSON, a bad parameter) are problem details too, from the base class.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final URI RULE_VIOLATION = URI.create("urn:weisheng:problem:rule-violation");
  static final URI ACCESS_DENIED = URI.create("urn:weisheng:problem:access-denied");
  static final URI NOT_FOUND = URI.create("urn:weisheng:problem:not-found");
  static final URI STALE = URI.create("urn:weisheng:problem:stale-version");

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolation(RuleViolationException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, RULE_VIOLATION, "A rule was broken / 违反业务规则", e);
    List<RuleViolation> violations = e.violations();
    problem.setProperty("rule", violations.get(0).rule());
    problem.setProperty("violations", violations.stream().map(Problems::violation).toList());
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException e) {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, ACCESS_DENIED, "Access denied / 无权访问", e);
    problem.setProperty("rule", e.rule());
    problem.setProperty("action", e.action().name());
    problem.setProperty("kind", e.kind());
    return problem;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, "No such record / 记录不存在", e);
    problem.setProperty("kind", e.kind());
    return problem;
  }

  @ExceptionHandler(StaleRecordException.class)
  ProblemDetail stale(StaleRecordException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, STALE, "The record changed meanwhile / 记录已被他人修改", e);
    problem.setProperty("currentVersion", e.actualVersion());
    return problem;
  }

  /**
   * Any other failure: 500 with an incident id, logged by class and id only, since a third-party
   * exception's message may quote the values of a request (the full exception at DEBUG).
   */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String incident = UUID.randomUUID().toString();
    LOG.error("request failed: {} (incident {})", e.getClass().getName(), incident);
    LOG.debug("incident {}", incident, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "An unexpected error; the log has the incident / 系统内部错误，日志中有该事件编号");
    problem.setProperty("incident", incident);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String title, WeishengException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setType(type);
    problem.setTitle(title);
    problem.setProperty("message", Map.of(
        "en", e.getMessage(Locale.ENGLISH), "zh", e.getMessage(Locale.SIMPLIFIED_CHINESE)));
    return problem;
  }

  private static Map<String, Object> violation(RuleViolation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", v.field());
    m.put("rule", v.rule());
    m.put("message", Map.of("en", v.message(Locale.ENGLISH), "zh", v.message(Locale.SIMPLIFIED_CHINESE)));
    return m;
  }
}
