package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The access TCK (权限兼容性测试): the generic contract of {@link AccessPolicy}, which holds whatever
 * the policy's role matrix is. A provider passes by extending this class:
 *
 * <pre>{@code
 * class MyPolicyTest extends AccessPolicyContract {
 *   @Override
 *   protected AccessPolicy policy() {
 *     return new MyPolicy();
 *   }
 *
 *   @Override
 *   protected List<Principal> samplePrincipals() {
 *     return List.of(Principal.of("doc-1", Set.of("my-doctor-role"), Set.of("110101001001")));
 *   }
 * }
 * }</pre>
 *
 * <p>Clauses: <b>default deny</b> (a principal with no roles and no scopes is denied everything);
 * <b>scope</b> (a resource outside every scope of the principal is denied, for every action);
 * <b>rule</b> (every decision names a non-blank rule); <b>robustness</b> (well-formed questions never
 * throw); <b>determinism</b> (the same question gets the same answer). What a principal inside its
 * scopes may do is the policy's own matrix, which this kit does not judge.
 *
 * @since 0.1.0
 */
public abstract class AccessPolicyContract {

  /** For subclasses. */
  protected AccessPolicyContract() {}

  /**
   * Returns the policy under test; it may return the same instance every time.
   *
   * @return the policy
   */
  protected abstract AccessPolicy policy();

  /**
   * Returns principals to ask about: override to use the role names the policy knows, so that the
   * checks also cover principals it would allow inside their scopes. The default uses the glossary's
   * roles (family doctor, public-health officer, immunization doctor, committee cadre) at committee,
   * township and county level.
   *
   * @return at least one principal
   */
  protected List<Principal> samplePrincipals() {
    return List.of(
        Principal.of("staff-doctor-1", Set.of("family-doctor", "area-doctor"), Set.of("110101001001")),
        Principal.of("staff-officer-1", Set.of("public-health-officer"), Set.of("110101001")),
        Principal.of("staff-vaccine-1", Set.of("immunization-doctor"), Set.of("110101001", "110101002")),
        Principal.of("staff-cadre-1", Set.of("committee-cadre"), Set.of("110101001002")),
        Principal.of("staff-admin-1", Set.of("centre-admin", "family-doctor"), Set.of("110101")));
  }

  /**
   * Returns resources to ask about: override to use the kinds the policy knows. The default mixes
   * single records and whole kinds (empty id) of every sensitivity, inside and outside the default
   * principals' scopes.
   *
   * @return at least one resource
   */
  protected List<Resource> sampleResources() {
    return List.of(
        Resource.of("archive", "a-1", "110101001001", Sensitivity.IDENTIFIED),
        Resource.of("archive", "a-2", "110101001002", Sensitivity.IDENTIFIED),
        Resource.of("archive", "a-3", "110101002001", Sensitivity.SPECIAL),
        Resource.of("archive", "a-4", "110102001001", Sensitivity.IDENTIFIED),
        Resource.of("archive", "", "110101001001", Sensitivity.IDENTIFIED),
        Resource.of("follow-up", "f-1", "110101001001", Sensitivity.SPECIAL),
        Resource.of("campaign", "c-1", "110101001002", Sensitivity.PUBLIC),
        Resource.of("summary", "", "110101", Sensitivity.PUBLIC),
        Resource.of("summary", "", "110102", Sensitivity.DE_IDENTIFIED),
        Resource.of("export", "", "110101001", Sensitivity.PARTLY_IDENTIFIED));
  }

  @Test
  @DisplayName("id: the policy has a non-blank id that does not change")
  void idIsStableAndNotBlank() {
    AccessPolicy policy = policy();
    assertThat(policy.id()).isNotBlank();
    assertThat(policy.id()).isEqualTo(policy.id());
  }

  @Test
  @DisplayName("default deny: a principal with no roles and no scopes is denied every action on every resource")
  void principalWithNothingIsDeniedEverything() {
    Principal nobody = Principal.of("staff-nobody", Set.of(), Set.of());
    for (Resource resource : resources()) {
      for (Action action : Action.values()) {
        assertThat(decide(nobody, action, resource).allowed())
            .as("%s %s %s", nobody, action, describe(resource))
            .isFalse();
      }
    }
  }

  @Test
  @DisplayName("scope: a resource outside every scope of the principal is denied, for every action")
  void resourceOutsideScopesIsDenied() {
    int outside = 0;
    for (Principal principal : principalsWithScopelessTwins()) {
      for (Resource resource : resources()) {
        if (principal.covers(resource.scope())) {
          continue;
        }
        outside++;
        for (Action action : Action.values()) {
          assertThat(decide(principal, action, resource).allowed())
              .as("%s %s %s", principal, action, describe(resource))
              .isFalse();
        }
      }
    }
    assertThat(outside).as("sample questions about resources outside the principal's scopes").isPositive();
  }

  @Test
  @DisplayName("rule: every decision names a non-blank rule, allowed or denied")
  void everyDecisionNamesARule() {
    for (Principal principal : principalsWithScopelessTwins()) {
      for (Resource resource : resources()) {
        for (Action action : Action.values()) {
          assertThat(decide(principal, action, resource).rule())
              .as("rule for %s %s %s", principal, action, describe(resource))
              .isNotBlank();
        }
      }
    }
  }

  @Test
  @DisplayName("robustness: decide never throws for well-formed questions, unknown roles and kinds included")
  void wellFormedQuestionsNeverThrow() {
    List<Principal> principals = new ArrayList<>(principalsWithScopelessTwins());
    principals.add(Principal.of("staff-unknown", Set.of("no-such-role", "ROLE_WITH_CAPS"), Set.of("110101001001")));
    List<Resource> resources = new ArrayList<>(resources());
    resources.add(Resource.of("no-such-kind", "x-1", "110101001001", Sensitivity.PUBLIC));
    resources.add(Resource.of("archive", "a-9", "1", Sensitivity.SPECIAL));
    for (Principal principal : principals) {
      for (Resource resource : resources) {
        for (Action action : Action.values()) {
          assertThatCode(() -> assertThat(policy().decide(principal, action, resource)).isNotNull())
              .as("%s %s %s", principal, action, describe(resource))
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  @DisplayName("determinism: the same question gets the same decision")
  void sameQuestionSameDecision() {
    for (Principal principal : principalsWithScopelessTwins()) {
      for (Resource resource : resources()) {
        for (Action action : Action.values()) {
          Decision first = decide(principal, action, resource);
          assertThat(decide(principal, action, resource)).isEqualTo(first);
          assertThat(policy().decide(
                  Principal.of(principal.id(), new TreeSet<>(principal.roles()), new TreeSet<>(principal.scopes())),
                  action,
                  Resource.of(resource.kind(), resource.id(), resource.scope(), resource.sensitivity())))
              .as("an equal question").isEqualTo(first);
        }
      }
    }
  }

  @Test
  @DisplayName("scope, rule, robustness (property): random principals built from the sample roles and scopes")
  void randomQuestionsKeepTheGenericClauses() {
    List<String> roles = new ArrayList<>(new TreeSet<>(roleNames()));
    roles.add("no-such-role");
    List<String> scopes = new ArrayList<>(scopePool());
    List<Resource> resources = resources();
    Gen<Principal> principals =
        integers().between(0, (1 << Math.min(roles.size(), 12)) - 1)
            .zip(integers().between(0, (1 << Math.min(scopes.size(), 12)) - 1),
                (roleBits, scopeBits) -> Principal.of("staff-random", pick(roles, roleBits), pick(scopes, scopeBits)));
    qt().withExamples(500)
        .forAll(principals, integers().between(0, Action.values().length - 1), integers().between(0, resources.size() - 1))
        .checkAssert(
            (principal, action, resource) -> {
              Decision decision = decide(principal, Action.values()[action], resources.get(resource));
              assertThat(decision.rule()).isNotBlank();
              if (!principal.covers(resources.get(resource).scope())) {
                assertThat(decision.allowed())
                    .as("%s %s %s", principal, Action.values()[action], describe(resources.get(resource)))
                    .isFalse();
              }
            });
  }

  private Decision decide(Principal principal, Action action, Resource resource) {
    Decision decision = policy().decide(principal, action, resource);
    assertThat(decision).as("decision for %s %s %s", principal, action, describe(resource)).isNotNull();
    return decision;
  }

  private List<Resource> resources() {
    List<Resource> resources = List.copyOf(sampleResources());
    assertThat(resources).as("sampleResources()").isNotEmpty();
    return resources;
  }

  /** The sample principals, and each again with its roles but no scopes at all. */
  private List<Principal> principalsWithScopelessTwins() {
    List<Principal> samples = List.copyOf(samplePrincipals());
    assertThat(samples).as("samplePrincipals()").isNotEmpty();
    List<Principal> all = new ArrayList<>(samples);
    for (Principal sample : samples) {
      all.add(Principal.of(sample.id(), sample.roles(), Set.of()));
    }
    return all;
  }

  private Set<String> roleNames() {
    Set<String> roles = new LinkedHashSet<>();
    samplePrincipals().forEach(p -> roles.addAll(p.roles()));
    return roles;
  }

  /** The sample principals' scopes and every prefix of the resources' scopes at the code levels. */
  private Set<String> scopePool() {
    Set<String> scopes = new TreeSet<>();
    samplePrincipals().forEach(p -> scopes.addAll(p.scopes()));
    for (Resource resource : resources()) {
      String scope = resource.scope();
      for (int length : new int[] {6, 9, 12}) {
        if (scope.length() >= length) {
          scopes.add(scope.substring(0, length));
        }
      }
    }
    scopes.removeIf(String::isBlank);
    return scopes;
  }

  private static Set<String> pick(List<String> values, int bits) {
    Set<String> picked = new LinkedHashSet<>();
    for (int i = 0; i < values.size() && i < 12; i++) {
      if ((bits & (1 << i)) != 0) {
        picked.add(values.get(i));
      }
    }
    return picked;
  }

  /** Describes a resource without its id (an id is not personal data, but keep messages short). */
  private static String describe(Resource resource) {
    return resource.kind() + (resource.id().isEmpty() ? "(all)" : "(one)") + "@" + resource.scope()
        + "/" + resource.sensitivity();
  }
}
