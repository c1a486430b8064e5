package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A kind of measured output of a sanitation activity (工作量/成果类别) with the units it is counted
 * in, the first being the usual one: garbage removed in tonnes, black spots cleared in 处, … The
 * standard kinds are the figures community work summaries report
 * (immunization-sanitation-education-standards-privacy.md §3 [SUM]; ../shared/domain/README.md);
 * a host adds its own kinds to an {@link OutputCatalogue}.
 *
 * <p>Rules: {@code outputKind.code} (field {@code code}: 1–64 characters of {@code [a-z0-9.-]}),
 * {@code sanitation.text} (fields {@code chineseName}, {@code englishName}), {@code
 * outputKind.units} (field {@code units}: at least one, none twice).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutputKind.class)
@JsonDeserialize(as = ImmutableOutputKind.class)
public abstract class OutputKind {
  private static final Pattern CODE = Pattern.compile("[a-z0-9.-]{1,64}");

  /** 清运垃圾/杂物: garbage and debris removed, t or kg. */
  public static final OutputKind GARBAGE_REMOVED =
      of("garbage-removed", "清运垃圾", "garbage removed", OutputUnit.TONNE, OutputUnit.KILOGRAM);
  /** 清理卫生死角: neglected sanitation spots (black spots) cleared, 处. */
  public static final OutputKind BLACK_SPOTS_CLEARED =
      of("black-spots-cleared", "清理卫生死角", "black spots cleared", OutputUnit.SITE);
  /** 清除野广告/小广告: illegal ads removed, 张 or 处. */
  public static final OutputKind ILLEGAL_ADS_REMOVED =
      of("illegal-ads-removed", "清除野广告", "illegal ads removed", OutputUnit.SHEET, OutputUnit.SITE);
  /** 疏通下水道/沟渠: drains dredged, m. */
  public static final OutputKind DRAINS_DREDGED =
      of("drains-dredged", "疏通下水道", "drains dredged", OutputUnit.METRE);
  /** 清除积水/孳生地: standing water and breeding sites cleared, 处. */
  public static final OutputKind BREEDING_SITES_CLEARED =
      of("breeding-sites-cleared", "清除积水孳生地", "breeding sites cleared", OutputUnit.SITE);
  /** 投放灭鼠药: rodenticide placed, 袋 or kg. */
  public static final OutputKind RODENTICIDE_PLACED =
      of("rodenticide-placed", "投放灭鼠药", "rodenticide placed", OutputUnit.BAG, OutputUnit.KILOGRAM);
  /** 设置毒饵站/鼠谷: rodent bait points set, 处. */
  public static final OutputKind BAIT_STATIONS_SET =
      of("bait-stations-set", "设置毒饵站", "bait stations set", OutputUnit.SITE);
  /** 投放蟑螂药: cockroach bait placed, 袋. */
  public static final OutputKind COCKROACH_BAIT_PLACED =
      of("cockroach-bait-placed", "投放蟑螂药", "cockroach bait placed", OutputUnit.BAG, OutputUnit.BOX);
  /** 发放灭蚊药: insecticide distributed, 盒 or 瓶. */
  public static final OutputKind INSECTICIDE_DISTRIBUTED =
      of("insecticide-distributed", "发放灭蚊药", "insecticide distributed", OutputUnit.BOX, OutputUnit.BOTTLE);
  /** 消杀面积: area disinfected or sprayed, m². */
  public static final OutputKind AREA_DISINFECTED =
      of("area-disinfected", "消杀面积", "area disinfected", OutputUnit.SQUARE_METRE);
  /** 入户走访: households visited, 户. */
  public static final OutputKind HOUSEHOLDS_VISITED =
      of("households-visited", "入户走访", "households visited", OutputUnit.HOUSEHOLD);
  /** 发放宣传单/资料: leaflets distributed, 份 or 本. */
  public static final OutputKind LEAFLETS_DISTRIBUTED =
      of("leaflets-distributed", "发放宣传资料", "leaflets distributed", OutputUnit.COPY, OutputUnit.BOOKLET);
  /** 悬挂横幅: banners hung, 条. */
  public static final OutputKind BANNERS_HUNG = of("banners-hung", "悬挂横幅", "banners hung", OutputUnit.STRIP);
  /** 刷写标语: slogans painted, 条. */
  public static final OutputKind SLOGANS_PAINTED =
      of("slogans-painted", "刷写标语", "slogans painted", OutputUnit.STRIP);
  /** 植树: trees planted, 株 or 亩. */
  public static final OutputKind TREES_PLANTED =
      of("trees-planted", "植树", "trees planted", OutputUnit.PLANT, OutputUnit.MU);
  /** 清理流动摊贩: street vendors cleared, 个. */
  public static final OutputKind VENDORS_CLEARED =
      of("vendors-cleared", "清理流动摊点", "street vendors cleared", OutputUnit.PIECE);
  /** 签订门前三包责任书: 门前三包 agreements signed, 份. */
  public static final OutputKind AGREEMENTS_SIGNED =
      of("frontage-agreements-signed", "签订门前三包责任书", "frontage agreements signed", OutputUnit.COPY);
  /** 下发整改通知书: rectification notices issued, 份. */
  public static final OutputKind NOTICES_ISSUED =
      of("rectification-notices-issued", "下发整改通知书", "rectification notices issued", OutputUnit.COPY);
  /** 投入资金: money spent, 元. */
  public static final OutputKind MONEY_SPENT = of("money-spent", "投入资金", "money spent", OutputUnit.YUAN);

  OutputKind() {}

  /** @return the kind's code, unique in a catalogue, for example {@code garbage-removed} */
  public abstract String code();

  /** @return the Chinese name, for example 清运垃圾 */
  public abstract String chineseName();

  /** @return the English name */
  public abstract String englishName();

  /** @return the units it is counted in, the usual one first */
  public abstract List<OutputUnit> units();

  /** @return the usual unit */
  public OutputUnit defaultUnit() {
    return units().get(0);
  }

  /**
   * Returns a kind.
   *
   * @param code the code, 1–64 characters of {@code [a-z0-9.-]}
   * @param chineseName the Chinese name
   * @param englishName the English name
   * @param unit the usual unit
   * @param otherUnits other units it may be counted in
   * @return the kind
   */
  public static OutputKind of(
      String code, String chineseName, String englishName, OutputUnit unit, OutputUnit... otherUnits) {
    return ImmutableOutputKind.builder().code(code).chineseName(chineseName).englishName(englishName)
        .addUnits(unit).addUnits(otherUnits).build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(CODE.matcher(code()).matches(), "code", "outputKind.code");
    Texts.check(v, "chineseName", chineseName());
    Texts.check(v, "englishName", englishName());
    v.require(!units().isEmpty() && Set.copyOf(units()).size() == units().size(), "units", "outputKind.units");
    v.throwIfAny();
  }
}
