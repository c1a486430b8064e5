package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a kit against a sample provider inside a test of the kit itself, and tells which checks
 * failed; the sample providers (sound and deliberately broken) run only this way.
 */
final class KitRunner {
  private KitRunner() {}

  /**
   * Runs every check of a case class.
   *
   * @param kitCase a class extending a kit, annotated {@code @ExtendWith(FixtureOnly.class)}
   * @param allChecks the names of every check the kit has (all must run)
   * @return the names of the checks that failed
   */
  static Set<String> failures(Class<?> kitCase, Set<String> allChecks) {
    Set<String> failed = new TreeSet<>();
    Set<String> finished = new TreeSet<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource source) {
              finished.add(source.getMethodName());
              if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed.add(source.getMethodName());
              }
            }
          }
        };
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(kitCase))
                .configurationParameter(FixtureOnly.PARAMETER, "true")
                .build(),
            listener);
    assertThat(finished).as("checks run").isEqualTo(allChecks);
    return failed;
  }

  /**
   * Runs a broken-provider fixture only inside its enclosing test's own launcher, so that a wildcard
   * {@code -Dtest} pattern that happens to match a nested fixture reports it as skipped, not failed.
   */
  static final class FixtureOnly implements ExecutionCondition {
    static final String PARAMETER = "weisheng.tck.self-test";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by the TCK self-test")
          : ConditionEvaluationResult.disabled("a broken-provider fixture, run only by its enclosing test");
    }
  }
}
