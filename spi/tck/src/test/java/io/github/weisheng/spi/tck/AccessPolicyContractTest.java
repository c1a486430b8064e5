package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests the access TCK itself: a sound sample policy passes every check, and each broken policy
 * fails the checks its flaw touches (so none of them is a test that cannot fail).
 */
class AccessPolicyContractTest {
  private static final Set<String> ALL_CHECKS =
      Set.of(
          "idIsStableAndNotBlank",
          "principalWithNothingIsDeniedEverything",
          "resourceOutsideScopesIsDenied",
          "everyDecisionNamesARule",
          "wellFormedQuestionsNeverThrow",
          "sameQuestionSameDecision",
          "randomQuestionsKeepTheGenericClauses");

  @Test
  @DisplayName("a sound role-and-scope policy passes every check")
  void soundPolicyPasses() {
    assertThat(failures(SoundPolicyCase.class)).isEmpty();
  }

  @Test
  @DisplayName("a sound policy with its own sample principals and resources passes every check")
  void soundPolicyWithOwnSamplesPasses() {
    assertThat(failures(OwnSamplesCase.class)).isEmpty();
  }

  @Test
  @DisplayName("an allow-all policy fails default deny and scope")
  void allowAllFails() {
    assertThat(failures(AllowAllCase.class))
        .containsExactlyInAnyOrder(
            "principalWithNothingIsDeniedEverything", "resourceOutsideScopesIsDenied",
            "randomQuestionsKeepTheGenericClauses");
  }

  @Test
  @DisplayName("a policy that forgets the scope for one role fails scope but not default deny")
  void scopeBlindRoleFails() {
    assertThat(failures(ScopeBlindCase.class))
        .containsExactlyInAnyOrder("resourceOutsideScopesIsDenied", "randomQuestionsKeepTheGenericClauses");
  }

  @Test
  @DisplayName("a policy that denies with a blank rule fails the rule checks")
  void blankRuleFails() {
    assertThat(failures(BlankRuleCase.class))
        .containsExactlyInAnyOrder("everyDecisionNamesARule", "randomQuestionsKeepTheGenericClauses");
  }

  @Test
  @DisplayName("a policy that throws for an unknown kind fails robustness")
  void throwingPolicyFails() {
    assertThat(failures(ThrowingCase.class)).containsExactly("wellFormedQuestionsNeverThrow");
  }

  @Test
  @DisplayName("a policy whose answers change between calls fails determinism")
  void ficklePolicyFails() {
    assertThat(failures(FickleCase.class)).containsExactly("sameQuestionSameDecision");
  }

  /** Runs every check of a case class; returns the names of those that failed. */
  private static Set<String> failures(Class<? extends AccessPolicyContract> contractCase) {
    return KitRunner.failures(contractCase, ALL_CHECKS);
  }


  /**
   * Family doctors may read, search, create and amend identified records inside their scopes; public
   * health officers may also report; nothing else.
   */
  static final class SamplePolicy implements AccessPolicy {
    @Override
    public String id() {
      return "sample";
    }

    @Override
    public Decision decide(Principal principal, Action action, Resource resource) {
      if (!principal.covers(resource.scope())) {
        return Decision.deny("scope.outside");
      }
      if (resource.sensitivity() == Sensitivity.SPECIAL) {
        return Decision.deny("sensitivity.special");
      }
      if (principal.hasRole("family-doctor")
          && EnumSet.of(Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND).contains(action)) {
        return Decision.allow("role.family-doctor");
      }
      if (principal.hasRole("public-health-officer") && action == Action.REPORT) {
        return Decision.allow("role.public-health-officer");
      }
      return Decision.deny("default.deny");
    }
  }

  /** The sample policy with the kit's default samples. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class SoundPolicyCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new SamplePolicy();
    }
  }

  /** The sample policy with samples of its own. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class OwnSamplesCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new SamplePolicy();
    }

    @Override
    protected List<Principal> samplePrincipals() {
      return List.of(Principal.of("doc-9", Set.of("family-doctor"), Set.of("320102003004")));
    }

    @Override
    protected List<Resource> sampleResources() {
      return List.of(
          Resource.of("archive", "x", "320102003004", Sensitivity.IDENTIFIED),
          Resource.of("archive", "y", "320102003005", Sensitivity.IDENTIFIED));
    }
  }

  /** Allows everything. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class AllowAllCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new AccessPolicy() {
        @Override
        public String id() {
          return "allow-all";
        }

        @Override
        public Decision decide(Principal principal, Action action, Resource resource) {
          return Decision.allow("allow.all");
        }
      };
    }
  }

  /** Lets family doctors read outside their scopes. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class ScopeBlindCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new AccessPolicy() {
        @Override
        public String id() {
          return "scope-blind";
        }

        @Override
        public Decision decide(Principal principal, Action action, Resource resource) {
          if (principal.hasRole("family-doctor") && action == Action.READ) {
            return Decision.allow("role.family-doctor");
          }
          return new SamplePolicy().decide(principal, action, resource);
        }
      };
    }
  }

  /** Denies with a blank rule. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class BlankRuleCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new AccessPolicy() {
        @Override
        public String id() {
          return "blank-rule";
        }

        @Override
        public Decision decide(Principal principal, Action action, Resource resource) {
          Decision decision = new SamplePolicy().decide(principal, action, resource);
          return decision.allowed() ? decision : Decision.deny(" ");
        }
      };
    }
  }

  /** Throws for a kind it does not know. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class ThrowingCase extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
      return new AccessPolicy() {
        @Override
        public String id() {
          return "throwing";
        }

        @Override
        public Decision decide(Principal principal, Action action, Resource resource) {
          if (resource.kind().startsWith("no-such")) {
            throw new IllegalArgumentException("unknown kind");
          }
          return new SamplePolicy().decide(principal, action, resource);
        }
      };
    }
  }

  /** Changes its rule name on every call. */
  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class FickleCase extends AccessPolicyContract {
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    protected AccessPolicy policy() {
      return new AccessPolicy() {
        @Override
        public String id() {
          return "fickle";
        }

        @Override
        public Decision decide(Principal principal, Action action, Resource resource) {
          return Decision.deny("deny." + CALLS.incrementAndGet());
        }
      };
    }
  }
}
