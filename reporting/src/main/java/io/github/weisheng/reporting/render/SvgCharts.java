package io.github.weisheng.reporting.render;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.SeriesRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Draws a chart as an inline SVG element: grouped bars or lines on a zero-based scale with grid lines,
 * every value written as a label (inside the top of a bar tall enough to hold it, else above) (so the numbers can be read, printed and copied), targets as dashed
 * red marks, and a legend. Coordinates are written with one decimal in the root locale, so the same
 * chart gives the same bytes everywhere.
 */
final class SvgCharts {
  private static final double WIDTH = 680;
  private static final double HEIGHT = 320;
  private static final double LEFT = 64;
  private static final double RIGHT = 24;
  private static final double TOP = 44;
  private static final double BOTTOM = 64;
  private static final String[] PALETTE = {"#2f6db5", "#e07b39", "#3a9a5b", "#8e5ab5", "#17a2b8", "#b58b2f"};
  private static final String TARGET_COLOUR = "#c0392b";
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private SvgCharts() {}

  static String svg(Chart chart, String id) {
    double max = niceCeiling(chart.series().stream()
        .flatMap(s -> s.values().stream())
        .mapToDouble(BigDecimal::doubleValue)
        .max().orElse(0));
    StringBuilder svg = new StringBuilder();
    // Slanted category labels need the whole bottom margin; level ones leave part of it unused.
    double height = slanted(chart) ? HEIGHT : HEIGHT - 28;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(n(WIDTH)).append(' ').append(n(height)).append("\" aria-labelledby=\"")
        .append(ATTRIBUTE.escape(id)).append("\">\n");
    svg.append("<title id=\"").append(ATTRIBUTE.escape(id)).append("\">")
        .append(TEXT.escape(chart.title())).append("</title>\n");
    legend(chart, svg);
    axes(chart, max, svg);
    if (chart.kind() == ChartKind.BAR) {
      bars(chart, max, svg);
    } else {
      lines(chart, max, svg);
    }
    categories(chart, svg);
    svg.append("</svg>");
    return svg.toString();
  }

  private static void legend(Chart chart, StringBuilder svg) {
    double x = LEFT;
    int measured = 0;
    for (Series series : chart.series()) {
      String colour = series.role() == SeriesRole.TARGET ? TARGET_COLOUR : PALETTE[measured++ % PALETTE.length];
      if (series.role() == SeriesRole.TARGET) {
        svg.append(line(x, 16, x + 14, 16, colour, true));
      } else {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"10\" width=\"14\" height=\"12\" fill=\"")
            .append(colour).append("\"/>\n");
      }
      svg.append(text(x + 18, 20, "start", "legend", series.name()));
      x += 30 + 13 * DisplayWidth.of(series.name()) / 2.0 + 12;
    }
    if (!chart.unit().isEmpty()) {
      svg.append(text(WIDTH - RIGHT, 20, "end", "unit", "（" + chart.unit() + "）"));
    }
  }

  private static void axes(Chart chart, double max, StringBuilder svg) {
    double plotHeight = HEIGHT - TOP - BOTTOM;
    for (int tick = 0; tick <= 5; tick++) {
      double value = max * tick / 5;
      double y = TOP + plotHeight - plotHeight * tick / 5;
      svg.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
          .append(n(WIDTH - RIGHT)).append("\" y2=\"").append(n(y))
          .append("\" stroke=\"").append(tick == 0 ? "#444" : "#ddd").append("\" stroke-width=\"1\"/>\n");
      svg.append(text(LEFT - 6, y + 4, "end", "tick", tickLabel(value)));
    }
  }

  private static void bars(Chart chart, double max, StringBuilder svg) {
    List<Series> measured = chart.series().stream().filter(s -> s.role() == SeriesRole.MEASURED).toList();
    int categories = chart.categories().size();
    double slot = (WIDTH - LEFT - RIGHT) / categories;
    double group = slot * 0.7;
    double bar = measured.isEmpty() ? group : group / measured.size();
    for (int c = 0; c < categories; c++) {
      double groupLeft = LEFT + c * slot + (slot - group) / 2;
      for (int s = 0; s < measured.size(); s++) {
        BigDecimal value = measured.get(s).values().get(c);
        double x = groupLeft + s * bar;
        double y = y(value, max);
        svg.append("<rect x=\"").append(n(x + 1)).append("\" y=\"").append(n(y)).append("\" width=\"")
            .append(n(Math.max(bar - 2, 1))).append("\" height=\"").append(n(TOP + plotHeight() - y))
            .append("\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"/>\n");
        boolean inside = TOP + plotHeight() - y >= 18 && bar >= 8 * value.toPlainString().length();
        svg.append(text(x + bar / 2, inside ? y + 14 : y - 4, "middle", inside ? "value inside" : "value",
            value.toPlainString()));
      }
      for (Series target : chart.series()) {
        if (target.role() == SeriesRole.TARGET) {
          BigDecimal value = target.values().get(c);
          double y = y(value, max);
          svg.append(line(groupLeft - 4, y, groupLeft + group + 4, y, TARGET_COLOUR, true));
          svg.append(text(groupLeft + group + 6, y + 4, "start", "target", value.toPlainString()));
        }
      }
    }
  }

  private static void lines(Chart chart, double max, StringBuilder svg) {
    int categories = chart.categories().size();
    double slot = (WIDTH - LEFT - RIGHT) / categories;
    int measured = 0;
    for (Series series : chart.series()) {
      boolean target = series.role() == SeriesRole.TARGET;
      String colour = target ? TARGET_COLOUR : PALETTE[measured++ % PALETTE.length];
      StringBuilder points = new StringBuilder();
      for (int c = 0; c < categories; c++) {
        points.append(c == 0 ? "" : " ").append(n(LEFT + slot * (c + 0.5))).append(',')
            .append(n(y(series.values().get(c), max)));
      }
      svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
          .append(target ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(points).append("\"/>\n");
      for (int c = 0; c < categories; c++) {
        BigDecimal value = series.values().get(c);
        double x = LEFT + slot * (c + 0.5);
        double y = y(value, max);
        if (!target) {
          svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
              .append("\" r=\"3\" fill=\"").append(colour).append("\"/>\n");
        }
        svg.append(text(x, y - 7, "middle", target ? "target" : "value", value.toPlainString()));
      }
    }
  }

  private static void categories(Chart chart, StringBuilder svg) {
    int categories = chart.categories().size();
    double slot = (WIDTH - LEFT - RIGHT) / categories;
    boolean slanted = slanted(chart);
    double y = HEIGHT - BOTTOM + 18;
    for (int c = 0; c < categories; c++) {
      double x = LEFT + slot * (c + 0.5);
      String label = chart.categories().get(c);
      if (slanted) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
            .append("\" text-anchor=\"end\" class=\"category\" transform=\"rotate(-30 ")
            .append(n(x)).append(' ').append(n(y)).append(")\">").append(TEXT.escape(label)).append("</text>\n");
      } else {
        svg.append(text(x, y, "middle", "category", label));
      }
    }
  }

  private static boolean slanted(Chart chart) {
    double slot = (WIDTH - LEFT - RIGHT) / chart.categories().size();
    return chart.categories().stream().anyMatch(c -> DisplayWidth.of(c) * 6.5 > slot);
  }

  private static double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  private static double y(BigDecimal value, double max) {
    double clamped = Math.max(0, Math.min(value.doubleValue(), max));
    return TOP + plotHeight() - plotHeight() * clamped / max;
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
    return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2)
        + "\" stroke=\"" + colour + "\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
  }

  private static String text(double x, double y, String anchor, String role, String words) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + role + "\">"
        + TEXT.escape(words) + "</text>\n";
  }

  /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least the value. */
  static double niceCeiling(double value) {
    if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String tickLabel(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    return exact.scale() > 2 ? String.format(Locale.ROOT, "%.2f", value) : exact.toPlainString();
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
