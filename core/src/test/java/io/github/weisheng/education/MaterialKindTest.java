package io.github.weisheng.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialKindTest {

  @Test
  void printAndAudioVideoAreApart() {
    for (MaterialKind k : MaterialKind.values()) {
      assertThat(k.isPrint() && k.isAudioVideo()).as(k.name()).isFalse();
    }
    assertThat(MaterialKind.HEALTH_PRESCRIPTION.isPrint()).isTrue();
    assertThat(MaterialKind.VIDEO.isAudioVideo()).isTrue();
    assertThat(MaterialKind.OTHER.isPrint() || MaterialKind.OTHER.isAudioVideo()).isFalse();
  }
}
