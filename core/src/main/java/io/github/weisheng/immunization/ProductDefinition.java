package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A vaccine product (疫苗品种) that a dose record names, §1 table: its code, Chinese name, whether it
 * is live (减毒活疫苗) and its route, and the antigens it contains (a combination vaccine such as
 * DTaP-IPV/Hib counts for several series; MMR's antigens measles, mumps and rubella are counted by
 * the MMR birth-cohort catch-up rule). Data of the schedule resource.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProductDefinition.class)
@JsonDeserialize(as = ImmutableProductDefinition.class)
public abstract class ProductDefinition {
  ProductDefinition() {}

  /** @return a new builder; code, name, live and route are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the product code, for example {@code MMR} or {@code DTaP-IPV/Hib} */
  public abstract String code();

  /** @return the Chinese name, for example {@code 麻腮风疫苗} */
  public abstract String name();

  /** @return true for a live attenuated vaccine (减毒活疫苗) */
  public abstract boolean live();

  /** @return the route */
  public abstract Route route();

  /** @return the antigens it contains, for example {@code measles}, {@code rubella} */
  public abstract Set<String> antigens();

  /** @return true for a live vaccine given by injection: the 28-day spacing applies */
  @JsonIgnore
  public boolean isInjectedLive() {
    return live() && route().isInjected();
  }

  @Value.Check
  void check() {
    if (code().isBlank() || name().isBlank()) {
      throw new IllegalArgumentException("code and name must not be blank / 编码和名称不能为空");
    }
  }

  /** Builds {@link ProductDefinition}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableProductDefinition.Builder {
    Builder() {}
  }
}
