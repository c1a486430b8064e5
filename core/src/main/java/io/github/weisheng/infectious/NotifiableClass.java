package io.github.weisheng.infectious;

/**
 * The class of a notifiable infectious disease under 《中华人民共和国传染病防治法》 (法定传染病分类):
 * 甲类, 乙类 and 丙类. Which disease is in which class, and how soon each class is reported, are the
 * data of {@link NotifiableDiseases}.
 *
 * @since 0.1.0
 */
public enum NotifiableClass {
  /** 甲类: class A (plague, cholera). */
  CLASS_A("甲类", "class A"),
  /** 乙类: class B; some of them are managed as class A (按甲类管理). */
  CLASS_B("乙类", "class B"),
  /** 丙类: class C (监测管理传染病). */
  CLASS_C("丙类", "class C");

  private final String chineseName;
  private final String englishName;

  NotifiableClass(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** @return the Chinese name, for example {@code 丙类} */
  public String chineseName() {
    return chineseName;
  }

  /** @return the English name, for example {@code class C} */
  public String englishName() {
    return englishName;
  }
}
