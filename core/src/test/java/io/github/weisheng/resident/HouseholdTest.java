package io.github.weisheng.resident;

import static io.github.weisheng.resident.RelationToHead.SELF;
import static io.github.weisheng.resident.RelationToHead.SON;
import static io.github.weisheng.resident.RelationToHead.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdTest {
  static final HouseholdId ID = HouseholdId.parse("hh-1");
  static final CommitteeCode COMMITTEE = CommitteeCode.parse("110101001001");
  static final String ADDRESS = "东城区和平里七区12号楼3单元401";
  static final ResidentId ZHANG = ResidentId.parse("zhang");
  static final ResidentId WANG = ResidentId.parse("wang");
  static final ResidentId XIAO = ResidentId.parse("xiao");
  static final ResidentId LODGER = ResidentId.parse("lodger");

  static final LocalDate ESTABLISHED = LocalDate.of(2024, 1, 10);
  static final LocalDate SPOUSE_IN = LocalDate.of(2024, 3, 1);
  static final LocalDate CHILD_IN = LocalDate.of(2024, 5, 20);
  static final LocalDate HEAD_CHANGED = LocalDate.of(2025, 2, 1);
  static final LocalDate CHILD_OUT = LocalDate.of(2025, 9, 1);
  static final LocalDate LAST_OUT = LocalDate.of(2026, 1, 15);

  static Household established() {
    return Household.establish(ID, COMMITTEE, ADDRESS, ZHANG, ESTABLISHED);
  }

  /** Zhang, his wife Wang and their son Xiao; the head passes to Wang, Zhang moves out. */
  static Household family() {
    return established()
        .moveIn(WANG, SPOUSE, SPOUSE_IN)
        .moveIn(XIAO, SON, CHILD_IN)
        .changeHead(WANG, HEAD_CHANGED)
        .moveOut(ZHANG, HEAD_CHANGED);
  }

  static List<String> rules(RuleViolationException e) {
    return e.violations().stream().map(RuleViolation::rule).collect(Collectors.toList());
  }

  static List<String> fields(RuleViolationException e) {
    return e.violations().stream().map(RuleViolation::field).collect(Collectors.toList());
  }

  static void assertViolation(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(rules(e)).containsExactly(rule);
              assertThat(fields(e)).containsExactly(field);
            });
  }

  @Nested
  class HandWorkedScenario {
    @Test
    void establishMakesTheHeadTheFirstMember() {
      Household h = established();
      assertThat(h.membersOn(ESTABLISHED)).containsExactly(ZHANG);
      assertThat(h.membersOn(ESTABLISHED.minusDays(1))).isEmpty();
      assertThat(h.headOn(ESTABLISHED)).contains(ZHANG);
      assertThat(h.headOn(ESTABLISHED.minusDays(1))).isEmpty();
      assertThat(h.memberships()).containsExactly(Membership.of(ZHANG, SELF, ESTABLISHED));
      assertThat(h.headHistory()).containsExactly(HeadTerm.of(ZHANG, ESTABLISHED));
      assertThat(h.isDissolvedOn(ESTABLISHED)).isFalse();
      assertThat(h.isDissolvedOn(ESTABLISHED.minusDays(1))).isFalse();
      assertThat(h.lastChangeDate()).isEqualTo(ESTABLISHED);
    }

    @Test
    void spouseAndChildMoveIn() {
      Household h = established().moveIn(WANG, SPOUSE, SPOUSE_IN).moveIn(XIAO, SON, CHILD_IN);
      assertThat(h.membersOn(SPOUSE_IN.minusDays(1))).containsExactly(ZHANG);
      assertThat(h.membersOn(SPOUSE_IN)).containsExactly(ZHANG, WANG);
      assertThat(h.membersOn(CHILD_IN)).containsExactly(ZHANG, WANG, XIAO);
      assertThat(h.headOn(CHILD_IN)).contains(ZHANG);
      assertThat(h.membershipOf(XIAO, CHILD_IN)).contains(Membership.of(XIAO, SON, CHILD_IN));
      assertThat(h.membershipOf(XIAO, CHILD_IN.minusDays(1))).isEmpty();
      assertThat(h.lastChangeDate()).isEqualTo(CHILD_IN);
    }

    @Test
    void changeOfHeadThenTheOldHeadMovesOutTheSameDay() {
      Household h = family();
      assertThat(h.headOn(HEAD_CHANGED.minusDays(1))).contains(ZHANG);
      assertThat(h.headOn(HEAD_CHANGED)).contains(WANG);
      assertThat(h.membersOn(HEAD_CHANGED.minusDays(1))).containsExactly(ZHANG, WANG, XIAO);
      assertThat(h.membersOn(HEAD_CHANGED)).containsExactly(WANG, XIAO);
      assertThat(h.headHistory())
          .containsExactly(
              HeadTerm.builder().head(ZHANG).from(ESTABLISHED).until(HEAD_CHANGED).build(),
              HeadTerm.of(WANG, HEAD_CHANGED));
      // Relations are those recorded on moving in; they are not recomputed for the new head.
      assertThat(h.membershipOf(XIAO, HEAD_CHANGED).map(Membership::relation)).contains(SON);
      assertThat(h.membershipOf(WANG, HEAD_CHANGED).map(Membership::relation)).contains(SPOUSE);
      assertThat(h.memberships().get(0))
          .isEqualTo(
              Membership.builder().resident(ZHANG).relation(SELF).from(ESTABLISHED)
                  .until(HEAD_CHANGED).build());
    }

    @Test
    void childMovesOutThenTheLastMemberDissolvesTheHousehold() {
      Household h = family().moveOut(XIAO, CHILD_OUT);
      assertThat(h.membersOn(CHILD_OUT)).containsExactly(WANG);
      assertThat(h.headOn(CHILD_OUT)).contains(WANG);

      Household dissolved = h.moveOut(WANG, LAST_OUT);
      assertThat(dissolved.membersOn(LAST_OUT.minusDays(1))).containsExactly(WANG);
      assertThat(dissolved.headOn(LAST_OUT.minusDays(1))).contains(WANG);
      assertThat(dissolved.membersOn(LAST_OUT)).isEmpty();
      assertThat(dissolved.headOn(LAST_OUT)).isEmpty();
      assertThat(dissolved.isDissolvedOn(LAST_OUT.minusDays(1))).isFalse();
      assertThat(dissolved.isDissolvedOn(LAST_OUT)).isTrue();
      assertThat(dissolved.headHistory().get(1))
          .isEqualTo(HeadTerm.builder().head(WANG).from(HEAD_CHANGED).until(LAST_OUT).build());
      // history is kept: earlier days answer as before
      assertThat(dissolved.membersOn(CHILD_IN)).containsExactly(ZHANG, WANG, XIAO);
      assertThat(dissolved.headOn(CHILD_IN)).contains(ZHANG);

      assertViolation(() -> dissolved.moveIn(LODGER, RelationToHead.NON_RELATIVE, LAST_OUT),
          "on", "household.dissolved");
      assertViolation(() -> dissolved.moveOut(WANG, LAST_OUT), "resident", "household.notMember");
      assertViolation(() -> dissolved.changeHead(WANG, LAST_OUT),
          "newHead", "household.headNotMember");
    }

    @Test
    void aMemberMayLeaveAndComeBack() {
      Household h = family().moveOut(XIAO, CHILD_OUT).moveIn(XIAO, SON, CHILD_OUT.plusMonths(2));
      assertThat(h.membersOn(CHILD_OUT.plusMonths(1))).containsExactly(WANG);
      assertThat(h.membersOn(CHILD_OUT.plusMonths(2))).containsExactly(WANG, XIAO);
      assertThat(h.memberships()).filteredOn(m -> m.resident().equals(XIAO)).hasSize(2);
    }

    @Test
    void operationsNeverChangeTheOriginal() {
      Household before = established().moveIn(WANG, SPOUSE, SPOUSE_IN);
      Household copy = JsonCodec.create().read(JsonCodec.create().write(before), Household.class);
      before.moveIn(XIAO, SON, CHILD_IN);
      before.changeHead(WANG, HEAD_CHANGED);
      before.moveOut(WANG, HEAD_CHANGED);
      assertThat(before).isEqualTo(copy);
      assertThat(before.membersOn(LAST_OUT)).containsExactly(ZHANG, WANG);
    }
  }

  @Nested
  class OperationRules {
    @Test
    void dateOrder() {
      Household h = established().moveIn(WANG, SPOUSE, CHILD_IN);
      LocalDate earlier = CHILD_IN.minusDays(1);
      assertViolation(() -> h.moveIn(XIAO, SON, earlier), "on", "household.dateOrder");
      assertViolation(() -> h.moveOut(ZHANG, earlier), "on", "household.dateOrder");
      assertViolation(() -> h.changeHead(ZHANG, earlier), "on", "household.dateOrder");
      // the same day as the latest change is in order
      assertThat(h.moveIn(XIAO, SON, CHILD_IN).membersOn(CHILD_IN)).contains(XIAO);
    }

    @Test
    void alreadyMember() {
      Household h = established().moveIn(WANG, SPOUSE, SPOUSE_IN);
      assertViolation(() -> h.moveIn(WANG, SPOUSE, CHILD_IN), "resident", "household.alreadyMember");
      assertViolation(() -> h.moveIn(ZHANG, SELF, CHILD_IN), "resident", "household.alreadyMember");
    }

    @Test
    void notMember() {
      Household h = family();
      assertViolation(() -> h.moveOut(LODGER, CHILD_OUT), "resident", "household.notMember");
      assertViolation(() -> h.moveOut(ZHANG, CHILD_OUT), "resident", "household.notMember");
    }

    @Test
    void headMustChange() {
      Household h = established().moveIn(WANG, SPOUSE, SPOUSE_IN);
      assertViolation(() -> h.moveOut(ZHANG, CHILD_IN), "resident", "household.headMustChange");
      assertThat(h.changeHead(WANG, CHILD_IN).moveOut(ZHANG, CHILD_IN).headOn(CHILD_IN))
          .contains(WANG);
    }

    @Test
    void headNotMember() {
      Household h = family();
      assertViolation(() -> h.changeHead(LODGER, CHILD_OUT), "newHead", "household.headNotMember");
      assertViolation(() -> h.changeHead(ZHANG, CHILD_OUT), "newHead", "household.headNotMember");
    }

    @Test
    void alreadyHead() {
      assertViolation(() -> family().changeHead(WANG, CHILD_OUT), "newHead", "household.alreadyHead");
    }

    @Test
    void period() {
      Household h = established().moveIn(WANG, SPOUSE, SPOUSE_IN);
      // moving out the day of moving in
      assertViolation(() -> h.moveOut(WANG, SPOUSE_IN), "on", "household.period");
      // a second change of head on the day of the first
      Household changed = h.changeHead(WANG, CHILD_IN);
      assertViolation(() -> changed.changeHead(ZHANG, CHILD_IN), "on", "household.period");
      // the founding head leaving on the day the household was established
      assertViolation(() -> established().moveOut(ZHANG, ESTABLISHED), "on", "household.period");
    }
  }

  @Nested
  class ConstructionRules {
    Household.Builder base() {
      return Household.builder().id(ID).committee(COMMITTEE).address(ADDRESS).established(ESTABLISHED);
    }

    Membership member(ResidentId r, LocalDate from, LocalDate until) {
      return Membership.builder().resident(r).relation(SON).from(from).until(until).build();
    }

    HeadTerm term(ResidentId r, LocalDate from, LocalDate until) {
      return HeadTerm.builder().head(r).from(from).until(until).build();
    }

    @Test
    void theOperationsProduceValidValuesThatTheBuilderAccepts() {
      Household h = family().moveOut(XIAO, CHILD_OUT).moveOut(WANG, LAST_OUT);
      Household rebuilt =
          base().addAllMemberships(h.memberships()).addAllHeadTerms(h.headTerms()).build();
      assertThat(rebuilt).isEqualTo(h);
    }

    @Test
    void addressIsRequired() {
      assertViolation(() -> Household.establish(ID, COMMITTEE, " \t", ZHANG, ESTABLISHED),
          "household.address", "required");
    }

    @Test
    void beforeEstablished() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(member(XIAO, ESTABLISHED.minusDays(3), ESTABLISHED.plusDays(3)))
              .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
              .build(),
          "household.memberships[1].from", "household.beforeEstablished");
    }

    @Test
    void membershipOverlap() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(member(XIAO, SPOUSE_IN, CHILD_OUT))
              .addMembership(member(XIAO, CHILD_IN, LAST_OUT))
              .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
              .build(),
          "household.memberships[2].from", "household.membershipOverlap");
      // adjoining memberships (out and back in the same day) do not overlap
      assertThat(base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(member(XIAO, SPOUSE_IN, CHILD_IN))
              .addMembership(member(XIAO, CHILD_IN, LAST_OUT))
              .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
              .build()
              .membersOn(CHILD_IN))
          .containsExactly(ZHANG, XIAO);
    }

    @Test
    void noHeadTermAtAll() {
      assertViolation(
          () -> base().addMembership(Membership.of(ZHANG, SELF, ESTABLISHED)).build(),
          "household.headTerms", "household.noHead");
    }

    @Test
    void noHeadWhileMembersRemain() {
      assertViolation(
          () -> base()
              .addMembership(member(ZHANG, ESTABLISHED, CHILD_IN))
              .addMembership(Membership.of(XIAO, SON, SPOUSE_IN))
              .addHeadTerm(term(ZHANG, ESTABLISHED, CHILD_IN))
              .build(),
          "household.headTerms[0].until", "household.noHead");
    }

    @Test
    void firstHeadTerm() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addHeadTerm(HeadTerm.of(ZHANG, SPOUSE_IN))
              .build(),
          "household.headTerms[0].from", "household.firstHeadTerm");
    }

    @Test
    void headTermOpen() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(Membership.of(WANG, SPOUSE, ESTABLISHED))
              .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
              .addHeadTerm(HeadTerm.of(WANG, CHILD_IN))
              .build(),
          "household.headTerms[0].until", "household.headTermOpen");
    }

    @Test
    void headTermGap() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(Membership.of(WANG, SPOUSE, ESTABLISHED))
              .addHeadTerm(term(ZHANG, ESTABLISHED, SPOUSE_IN))
              .addHeadTerm(HeadTerm.of(WANG, CHILD_IN))
              .build(),
          "household.headTerms[1].from", "household.headTermGap");
    }

    @Test
    void consecutiveTermsOfTheSameHead() {
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addHeadTerm(term(ZHANG, ESTABLISHED, SPOUSE_IN))
              .addHeadTerm(HeadTerm.of(ZHANG, SPOUSE_IN))
              .build(),
          "household.headTerms[1].head", "household.alreadyHead");
    }

    @Test
    void headNotMember() {
      // Wang is head from the day she moved in, but moved in later than the term starts
      assertViolation(
          () -> base()
              .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
              .addMembership(Membership.of(WANG, SPOUSE, CHILD_IN))
              .addHeadTerm(term(ZHANG, ESTABLISHED, SPOUSE_IN))
              .addHeadTerm(HeadTerm.of(WANG, SPOUSE_IN))
              .build(),
          "household.headTerms[1].head", "household.headNotMember");
      // the head moved out while his term runs on
      assertViolation(
          () -> base()
              .addMembership(member(ZHANG, ESTABLISHED, CHILD_IN))
              .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
              .build(),
          "household.headTerms[0].head", "household.headNotMember");
    }

    @Test
    void headMayBeCoveredByAdjoiningMemberships() {
      Household h = base()
          .addMembership(member(ZHANG, ESTABLISHED, SPOUSE_IN))
          .addMembership(Membership.of(ZHANG, SELF, SPOUSE_IN))
          .addHeadTerm(HeadTerm.of(ZHANG, ESTABLISHED))
          .build();
      assertThat(h.headOn(SPOUSE_IN)).contains(ZHANG);
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
      assertThatThrownBy(
              () -> Household.builder()
                  .id(ID)
                  .committee(COMMITTEE)
                  .address("")
                  .established(ESTABLISHED)
                  .addMembership(Membership.of(ZHANG, SELF, ESTABLISHED))
                  .addMembership(member(WANG, SPOUSE_IN, CHILD_OUT))
                  .addMembership(member(WANG, CHILD_IN, LAST_OUT))
                  .addMembership(Membership.of(XIAO, SON, ESTABLISHED.minusDays(1)))
                  .addHeadTerm(HeadTerm.of(ZHANG, SPOUSE_IN))
                  .addHeadTerm(HeadTerm.of(LODGER, CHILD_IN))
                  .build())
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> assertThat(e.violations())
                  .containsExactly(
                      RuleViolation.of("household.address", "required"),
                      RuleViolation.of("household.memberships[2].from", "household.membershipOverlap"),
                      RuleViolation.of("household.memberships[3].from", "household.beforeEstablished"),
                      RuleViolation.of("household.headTerms[0].from", "household.firstHeadTerm"),
                      RuleViolation.of("household.headTerms[0].until", "household.headTermOpen"),
                      RuleViolation.of("household.headTerms[1].head", "household.headNotMember")));
    }

    @Test
    void invalidJsonIsRejected() {
      JsonCodec codec = JsonCodec.create();
      String json = new String(codec.write(established()), StandardCharsets.UTF_8)
          .replace("\"established\":\"2024-01-10\"", "\"established\":\"2024-02-10\"");
      assertThatThrownBy(() -> codec.read(json.getBytes(StandardCharsets.UTF_8), Household.class))
          .isInstanceOf(StoreException.class)
          .hasMessageNotContaining(ADDRESS);
    }

    @Test
    void aMalformedCommitteeCodeInJsonIsRejected() {
      JsonCodec codec = JsonCodec.create();
      String json = new String(codec.write(established()), StandardCharsets.UTF_8)
          .replace("\"committee\":\"110101001001\"", "\"committee\":\"110101001000\"");
      assertThatThrownBy(() -> codec.read(json.getBytes(StandardCharsets.UTF_8), Household.class))
          .isInstanceOf(StoreException.class)
          .hasMessageNotContaining(ADDRESS);
    }
  }

  @Test
  void everyRuleHasBothMessages() {
    List<String> rules = List.of(
        "relationToHead.code", "household.period", "household.beforeEstablished",
        "household.membershipOverlap", "household.noHead", "household.firstHeadTerm",
        "household.headTermOpen", "household.headTermGap", "household.alreadyHead",
        "household.headNotMember", "household.dateOrder", "household.dissolved",
        "household.alreadyMember", "household.notMember", "household.headMustChange", "required");
    for (String rule : rules) {
      RuleViolation v = RuleViolation.of("household", rule);
      String en = v.message(Locale.ENGLISH);
      String zh = v.message(Locale.CHINESE);
      assertThat(en).as(rule).isNotEqualTo("household: " + rule).doesNotEndWith(": " + rule);
      assertThat(zh).as(rule).isNotEqualTo(en).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void toStringMasksTheAddress() {
    String text = family().toString();
    assertThat(text).doesNotContain(ADDRESS).doesNotContain("和平里").contains("address=***");
    assertThat(text).contains("hh-1").contains("110101001001");
  }

  @Test
  void jsonRoundTripPreservesEquality() {
    JsonCodec codec = JsonCodec.create();
    for (Household h : List.of(established(), family(), family().moveOut(XIAO, CHILD_OUT).moveOut(WANG, LAST_OUT))) {
      byte[] json = codec.write(h);
      assertThat(codec.read(json, Household.class)).isEqualTo(h);
    }
    String json = new String(codec.write(established()), StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo("{\"id\":\"hh-1\",\"committee\":\"110101001001\",\"address\":\"" + ADDRESS + "\","
            + "\"established\":\"2024-01-10\","
            + "\"memberships\":[{\"resident\":\"zhang\",\"relation\":\"SELF\",\"from\":\"2024-01-10\","
            + "\"until\":null}],"
            + "\"headTerms\":[{\"head\":\"zhang\",\"from\":\"2024-01-10\",\"until\":null}]}");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(established(), established())
        .addEqualityGroup(family(), family())
        .addEqualityGroup(Household.establish(HouseholdId.parse("hh-2"), COMMITTEE, ADDRESS, ZHANG, ESTABLISHED))
        .addEqualityGroup(Household.establish(ID, CommitteeCode.parse("110101001002"), ADDRESS, ZHANG, ESTABLISHED))
        .addEqualityGroup(Household.establish(ID, COMMITTEE, "另一地址", ZHANG, ESTABLISHED))
        .addEqualityGroup(Household.establish(ID, COMMITTEE, ADDRESS, WANG, ESTABLISHED))
        .addEqualityGroup(Household.establish(ID, COMMITTEE, ADDRESS, ZHANG, SPOUSE_IN))
        .addEqualityGroup(established().moveIn(WANG, SPOUSE, SPOUSE_IN))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(HouseholdId.class, ID)
        .setDefault(ResidentId.class, XIAO)
        .setDefault(RelationToHead.class, SON)
        .setDefault(CommitteeCode.class, COMMITTEE)
        .setDefault(String.class, ADDRESS)
        .setDefault(LocalDate.class, CHILD_OUT);
    tester.testAllPublicStaticMethods(Household.class);
    tester.testAllPublicInstanceMethods(family());
    tester.testAllPublicInstanceMethods(Household.builder());
  }
}
