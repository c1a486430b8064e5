package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class NotifiableDiseaseTest {

  @Test
  void aClassBDiseaseManagedAsClassAIsReportedAsClassA() {
    NotifiableDisease sars = NotifiableDisease.builder().code("SARS").chineseName("传染性非典型肺炎").englishName("SARS")
        .notifiableClass(NotifiableClass.CLASS_B).managedAsClassA(true).build();
    assertThat(sars.reportingClass()).isEqualTo(NotifiableClass.CLASS_A);
    NotifiableDisease hepatitis = NotifiableDisease.of("VIRAL_HEPATITIS", "病毒性肝炎", "viral hepatitis",
        NotifiableClass.CLASS_B);
    assertThat(hepatitis.managedAsClassA()).isFalse();
    assertThat(hepatitis.reportingClass()).isEqualTo(NotifiableClass.CLASS_B);
  }

  @Test
  void rules() {
    assertRules(() -> NotifiableDisease.builder().code("hfmd").chineseName(" ").englishName("x")
            .notifiableClass(NotifiableClass.CLASS_C).managedAsClassA(true).build(),
        "notifiableDisease.code [notifiableDisease.code]", "notifiableDisease.name [notifiableDisease.name]",
        "notifiableDisease.managedAsClassA [notifiableDisease.managedAsClassA]");
    assertRules(() -> NotifiableDisease.of("X".repeat(41), "某病", "x", NotifiableClass.CLASS_A),
        "notifiableDisease.code [notifiableDisease.code]");
    assertRules(() -> NotifiableDisease.of("X", "某病", "x".repeat(61), NotifiableClass.CLASS_A),
        "notifiableDisease.name [notifiableDisease.name]");
  }

  @Test
  void valueSemanticsAndJson() {
    NotifiableDisease d = NotifiableDisease.of("HAND_FOOT_MOUTH", "手足口病", "hand, foot and mouth disease",
        NotifiableClass.CLASS_C);
    assertThat(roundTrip(d, NotifiableDisease.class)).isEqualTo(d);
    new EqualsTester().addEqualityGroup(d, NotifiableDisease.of("HAND_FOOT_MOUTH", "手足口病",
            "hand, foot and mouth disease", NotifiableClass.CLASS_C))
        .addEqualityGroup(NotifiableDisease.of("HAND_FOOT_MOUTH", "手足口病", "hand, foot and mouth disease",
            NotifiableClass.CLASS_B))
        .testEquals();
  }
}
