package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EducationMaterialTest {

  @Test
  void printAndPlayedMaterials() {
    EducationMaterial rx = EducationMaterial.of("《高血压健康处方》", MaterialKind.HEALTH_PRESCRIPTION, 26000);
    assertThat(rx.minutes()).isEmpty();
    EducationMaterial video = EducationMaterial.played("《糖尿病自我管理》", MaterialKind.VIDEO, 30, 450);
    assertThat(video.minutes()).hasValue(450);
    assertThat(roundTrip(rx, EducationMaterial.class)).isEqualTo(rx);
    assertThat(roundTrip(video, EducationMaterial.class)).isEqualTo(video);
    assertRules(() -> EducationMaterial.played("", MaterialKind.VIDEO, -1, -5),
        "title [education.text]", "quantity [educationMaterial.negative]", "minutes [educationMaterial.negative]");
  }
}
