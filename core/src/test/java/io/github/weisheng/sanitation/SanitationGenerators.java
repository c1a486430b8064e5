package io.github.weisheng.sanitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of activities for the property tests. */
final class SanitationGenerators {
  static final List<AreaScope> SCOPES = List.of(
      AreaScope.parse("110105001001"), AreaScope.parse("110105001002"), AreaScope.parse("110105002001"),
      AreaScope.parse("110105001"), AreaScope.parse("110106001001"));
  static final List<CampaignId> CAMPAIGNS = List.of(CampaignId.parse("c-1"), CampaignId.parse("c-2"));
  static final List<OutputKind> KINDS = List.of(OutputKind.GARBAGE_REMOVED, OutputKind.BLACK_SPOTS_CLEARED,
      OutputKind.RODENTICIDE_PLACED, OutputKind.HOUSEHOLDS_VISITED, OutputKind.MONEY_SPENT);

  private SanitationGenerators() {}

  static Gen<Output> outputs() {
    return in -> {
      OutputKind kind = Generate.pick(KINDS).generate(in);
      OutputUnit unit = Generate.pick(kind.units()).generate(in);
      int raw = Generate.range(0, 100_000).generate(in);
      BigDecimal amount = unit.wholeNumbers() ? BigDecimal.valueOf(raw % 500) : BigDecimal.valueOf(raw, 3);
      return Output.of(kind, amount, unit);
    };
  }

  /** Lists of 0–40 activities with distinct ids, each with 0–4 outputs of distinct kind and unit. */
  static Gen<List<Activity>> activitySets() {
    return in -> {
      int n = Generate.range(0, 40).generate(in);
      List<Activity> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Activity.Builder b = Activity.builder().id(ActivityId.parse("a-" + i))
            .heldOn(LocalDate.of(2026, 1, 1).plusDays(Generate.range(0, 364).generate(in)))
            .place("广场").type(Generate.enumValues(ActivityType.class).generate(in)).organiser("居委会")
            .scope(Generate.pick(SCOPES).generate(in));
        int c = Generate.range(0, CAMPAIGNS.size()).generate(in);
        if (c < CAMPAIGNS.size()) {
          b.campaign(CAMPAIGNS.get(c));
        }
        List<String> keys = new ArrayList<>();
        int outputs = Generate.range(0, 4).generate(in);
        for (int k = 0; k < outputs; k++) {
          Output o = outputs().generate(in);
          if (!keys.contains(o.kind().code() + o.unit())) {
            keys.add(o.kind().code() + o.unit());
            b.addOutput(o);
          }
        }
        for (ParticipantKind p : ParticipantKind.values()) {
          if (Generate.booleans().generate(in)) {
            b.putParticipant(p, Generate.range(0, 200).generate(in));
          }
        }
        all.add(b.build());
      }
      return all;
    };
  }
}
