package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of operations, valid and invalid, on a household of up to five residents. A
 * small independent model predicts each outcome; every value that is built is checked against
 * the invariants day by day, and a rejected operation leaves the original as it was.
 */
class HouseholdProperties {
  private static final List<ResidentId> PEOPLE =
      List.of("a", "b", "c", "d", "e").stream().map(ResidentId::parse).collect(Collectors.toList());
  private static final LocalDate START = LocalDate.of(2020, 6, 1);
  private static final JsonCodec CODEC = JsonCodec.create();

  /**
   * Kind 0 move in, 1 move out, 2 change head; days after the latest change (negative: before;
   * zero, often: the same day).
   */
  record Op(int kind, int person, int relation, int days) {
    @Override
    public String toString() {
      return List.of("in", "out", "head").get(kind) + "(" + PEOPLE.get(person) + ", +" + days + ")";
    }
  }

  private static Gen<List<Op>> sequences() {
    Gen<Op> op =
        integers().between(0, 2).zip(
            integers().between(0, PEOPLE.size() - 1),
            integers().between(0, RelationToHead.values().length - 1),
            integers().between(-3, 30).mix(Generate.constant(0), 20),
            Op::new);
    return lists().of(op).ofSizeBetween(0, 40);
  }

  @Test
  void everyBuiltValueKeepsTheInvariantsAndEveryRejectionLeavesTheOriginal() {
    qt().withExamples(400)
        .forAll(sequences())
        .checkAssert(
            ops -> {
              Household h =
                  Household.establish(
                      HouseholdId.parse("p"), CommitteeCode.parse("110101001001"), "某地址", PEOPLE.get(0), START);
              Model model = new Model(PEOPLE.get(0), START);
              checkInvariants(h);
              for (Op op : ops) {
                ResidentId who = PEOPLE.get(op.person());
                LocalDate on = h.lastChangeDate().plusDays(op.days());
                Optional<String> expected = model.predict(op.kind(), who, on);
                byte[] before = CODEC.write(h);
                Household current = h;
                if (expected.isPresent()) {
                  assertThatThrownBy(() -> apply(current, op, who, on))
                      .as(op.toString())
                      .isInstanceOfSatisfying(
                          RuleViolationException.class,
                          e -> assertThat(e.violations())
                              .extracting(RuleViolation::rule)
                              .containsExactly(expected.get()));
                  assertThat(current).isEqualTo(CODEC.read(before, Household.class));
                } else {
                  Household next = apply(current, op, who, on);
                  assertThat(current).isEqualTo(CODEC.read(before, Household.class));
                  model.apply(op.kind(), who, on);
                  checkInvariants(next);
                  assertThat(next.membersOn(on)).isEqualTo(model.members);
                  assertThat(next.headOn(on)).isEqualTo(Optional.ofNullable(model.head));
                  h = next;
                }
              }
            });
  }

  private static Household apply(Household h, Op op, ResidentId who, LocalDate on) {
    switch (op.kind()) {
      case 0:
        return h.moveIn(who, RelationToHead.values()[op.relation()], on);
      case 1:
        return h.moveOut(who, on);
      default:
        return h.changeHead(who, on);
    }
  }

  /**
   * Checks the invariants by brute force on every day where anything changes and the day before
   * it, then rebuilds the value through the builder and through JSON.
   */
  static void checkInvariants(Household h) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(h.established());
    h.memberships().forEach(m -> {
      days.add(m.from());
      m.until().ifPresent(days::add);
    });
    h.headTerms().forEach(t -> {
      days.add(t.from());
      t.until().ifPresent(days::add);
    });
    Set<LocalDate> probes = new TreeSet<>();
    days.forEach(d -> {
      probes.add(d.minusDays(1));
      probes.add(d);
    });
    boolean dissolved = false;
    for (LocalDate day : probes) {
      List<ResidentId> members = new ArrayList<>();
      for (Membership m : h.memberships()) {
        if (!day.isBefore(m.from()) && (m.until().isEmpty() || day.isBefore(m.until().get()))) {
          members.add(m.resident());
        }
      }
      List<ResidentId> heads = new ArrayList<>();
      for (HeadTerm t : h.headTerms()) {
        if (!day.isBefore(t.from()) && (t.until().isEmpty() || day.isBefore(t.until().get()))) {
          heads.add(t.head());
        }
      }
      assertThat(new HashSet<>(members)).as("one membership per resident on %s", day).hasSize(members.size());
      if (day.isBefore(h.established())) {
        assertThat(members).isEmpty();
        assertThat(heads).isEmpty();
      } else if (members.isEmpty()) {
        dissolved = true;
        assertThat(heads).as("no head once dissolved, %s", day).isEmpty();
        assertThat(h.isDissolvedOn(day)).isTrue();
      } else {
        assertThat(dissolved).as("a dissolved household stays dissolved").isFalse();
        assertThat(heads).as("exactly one head on %s", day).hasSize(1);
        assertThat(members).as("the head is a member on %s", day).contains(heads.get(0));
        assertThat(h.headOn(day)).contains(heads.get(0));
        assertThat(h.membersOn(day)).containsExactlyInAnyOrderElementsOf(members);
        assertThat(h.isDissolvedOn(day)).isFalse();
      }
    }
    for (int i = 1; i < h.headTerms().size(); i++) {
      assertThat(h.headTerms().get(i - 1).until()).contains(h.headTerms().get(i).from());
    }
    Household rebuilt =
        Household.builder()
            .id(h.id())
            .committee(h.committee())
            .address(h.address())
            .established(h.established())
            .addAllMemberships(h.memberships())
            .addAllHeadTerms(h.headTerms())
            .build();
    assertThat(rebuilt).isEqualTo(h);
    assertThat(CODEC.read(CODEC.write(h), Household.class)).isEqualTo(h);
  }

  /** The expected behaviour, kept as a map of current members instead of dated history. */
  static final class Model {
    final Set<ResidentId> members = new HashSet<>();
    final Map<ResidentId, LocalDate> joined = new HashMap<>();
    ResidentId head;
    LocalDate headSince;
    LocalDate last;

    Model(ResidentId founder, LocalDate on) {
      members.add(founder);
      joined.put(founder, on);
      head = founder;
      headSince = on;
      last = on;
    }

    Optional<String> predict(int kind, ResidentId who, LocalDate on) {
      if (on.isBefore(last)) {
        return Optional.of("household.dateOrder");
      }
      boolean member = members.contains(who);
      switch (kind) {
        case 0:
          if (members.isEmpty()) {
            return Optional.of("household.dissolved");
          }
          return member ? Optional.of("household.alreadyMember") : Optional.empty();
        case 1:
          if (!member) {
            return Optional.of("household.notMember");
          }
          if (who.equals(head) && members.size() > 1) {
            return Optional.of("household.headMustChange");
          }
          if (who.equals(head) && on.equals(headSince) || on.equals(joined.get(who))) {
            return Optional.of("household.period");
          }
          return Optional.empty();
        default:
          if (!member) {
            return Optional.of("household.headNotMember");
          }
          if (who.equals(head)) {
            return Optional.of("household.alreadyHead");
          }
          return on.equals(headSince) ? Optional.of("household.period") : Optional.empty();
      }
    }

    void apply(int kind, ResidentId who, LocalDate on) {
      last = on;
      switch (kind) {
        case 0:
          members.add(who);
          joined.put(who, on);
          break;
        case 1:
          members.remove(who);
          if (who.equals(head)) {
            head = null;
          }
          break;
        default:
          head = who;
          headSince = on;
      }
    }
  }
}
