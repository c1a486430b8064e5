package io.github.weisheng.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTypeTest {
  private static final ArchiveNumber A = ArchiveNumber.parse("11010500100100001");
  private static final OrgUnitId CENTRE = OrgUnitId.of("centre-1");

  private static ServiceRecord on(String date, ServiceType type) {
    return ServiceRecord.of(A, LocalDate.parse(date), type, CENTRE);
  }

  @Test
  void infectiousDiseaseFollowUpsAreCountedByTypeInAPeriod() {
    List<ServiceRecord> records = List.of(on("2026-01-01", ServiceType.HEPATITIS_FOLLOW_UP),
        on("2026-06-01", ServiceType.HEPATITIS_FOLLOW_UP), on("2026-12-31", ServiceType.TB_CONTACT_SCREENING),
        on("2027-01-01", ServiceType.HAND_FOOT_MOUTH_OUTREACH), on("2025-12-31", ServiceType.HEPATITIS_FOLLOW_UP));
    Map<ServiceType, Long> counts =
        ServiceType.countByType(records, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    assertThat(counts).containsExactly(Map.entry(ServiceType.HEPATITIS_FOLLOW_UP, 2L),
        Map.entry(ServiceType.TB_CONTACT_SCREENING, 1L));
    assertThat(ServiceType.HAND_FOOT_MOUTH_OUTREACH.chineseName()).isEqualTo("手足口病入户随访");
    assertThat(DynamicArchivePolicy.defaults().countedTypes()).contains(ServiceType.TB_CONTACT_SCREENING);
  }
}
