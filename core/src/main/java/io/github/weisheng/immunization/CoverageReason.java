package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.validation.RuleText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Why a child does not count in an immunization indicator (未接种、未及时接种、未建证的原因), named by
 * its rule with its arguments (vaccine group, dose number, age limit — never personal data),
 * readable in English or Chinese:
 *
 * <ul>
 *   <li>{@value #NOT_RECEIVED}: a dose due in the period has no valid dose by the period's end
 *       (group, dose);
 *   <li>{@value #INVALID_DOSES}: the group has recorded doses that do not count (group, how many);
 *   <li>{@value #CONTRAINDICATED}: not received, and a contraindication or the no-live-vaccine rule
 *       stands (group, dose);
 *   <li>{@value #AGED_OUT}: not received, and the child is past the age of the series (group, dose);
 *   <li>{@value #LATE}: received at or after the "complete before" age (group, dose, age limit);
 *   <li>{@value #NO_CERTIFICATE}: no vaccination certificate by the period's end;
 *   <li>{@value #CERTIFICATE_LATE}: the certificate was issued after the age it is due by (age).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageReason.class)
@JsonDeserialize(as = ImmutableCoverageReason.class)
public abstract class CoverageReason {
  /** A dose due in the period was not received. */
  public static final String NOT_RECEIVED = "immunization.coverage.notReceived";
  /** Recorded doses of the group do not count. */
  public static final String INVALID_DOSES = "immunization.coverage.invalidDoses";
  /** Not received: contraindicated. */
  public static final String CONTRAINDICATED = "immunization.coverage.contraindicated";
  /** Not received: aged out. */
  public static final String AGED_OUT = "immunization.coverage.agedOut";
  /** Received, not timely. */
  public static final String LATE = "immunization.coverage.late";
  /** No certificate held. */
  public static final String NO_CERTIFICATE = "immunization.coverage.noCertificate";
  /** Certificate issued late. */
  public static final String CERTIFICATE_LATE = "immunization.coverage.certificateLate";

  CoverageReason() {}

  /**
   * Returns a reason.
   *
   * @param rule the rule id
   * @param arguments its arguments
   * @return the reason
   */
  public static CoverageReason of(String rule, Object... arguments) {
    return ImmutableCoverageReason.of(rule, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** @return the rule id */
  @Value.Parameter
  public abstract String rule();

  /** @return the arguments, never personal data */
  @Value.Parameter
  public abstract List<String> arguments();

  /**
   * Returns the reason's text.
   *
   * @param locale English or Chinese
   * @return the text
   */
  public String message(Locale locale) {
    return RuleText.format(rule(), arguments(), locale);
  }
}
