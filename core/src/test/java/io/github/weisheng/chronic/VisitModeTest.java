package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** §3/§4 [C]: the specification asks for face-to-face follow-ups; a phone call is not one. */
class VisitModeTest {

  @Test
  void clinicAndHomeVisitsAreFaceToFaceAPhoneCallIsNot() {
    assertThat(VisitMode.CLINIC.faceToFace()).isTrue();
    assertThat(VisitMode.HOME.faceToFace()).isTrue();
    assertThat(VisitMode.PHONE.faceToFace()).isFalse();
    assertThat(VisitMode.values()).hasSize(3);
  }
}
