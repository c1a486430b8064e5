package io.github.weisheng.education;

/**
 * The kind of a health-education material (健康教育资料), grouped as the spec counts them: printed
 * materials (印刷资料, ≥12 kinds a year) and audio-video (音像资料, ≥6 kinds a year);
 * immunization-sanitation-education-standards-privacy.md §4 [HE].
 *
 * @since 0.1.0
 */
public enum MaterialKind {
  /** 宣传单/折页: leaflet. */
  LEAFLET("宣传单", true, false),
  /** 健康处方: health prescription. */
  HEALTH_PRESCRIPTION("健康处方", true, false),
  /** 健康手册: booklet or manual. */
  BOOKLET("健康手册", true, false),
  /** 宣传画/海报: poster. */
  POSTER("宣传画", true, false),
  /** 音像资料 (视频): video. */
  VIDEO("视频", false, true),
  /** 音像资料 (音频): audio. */
  AUDIO("音频", false, true),
  /** 其他 (实物、展板 …). */
  OTHER("其他", false, false);

  private final String chineseName;
  private final boolean print;
  private final boolean audioVideo;

  MaterialKind(String chineseName, boolean print, boolean audioVideo) {
    this.chineseName = chineseName;
    this.print = print;
    this.audioVideo = audioVideo;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return true for a printed material */
  public boolean isPrint() {
    return print;
  }

  /** @return true for an audio-video material */
  public boolean isAudioVideo() {
    return audioVideo;
  }
}
