package io.github.weisheng.reporting.render;

import io.github.weisheng.Providers;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report renderers a host offers, by format id: the built-in ones ({@link #builtIn()}), an explicit
 * list ({@link #of}), or those {@link Providers} discovered ({@link #from}); more can be added with
 * {@link #with}. Format ids are unique: two renderers with one id are an error, never a silent choice.
 *
 * @since 0.1.0
 */
public final class ReportRenderers {
  private final Map<String, ReportRenderer> byFormat;

  private ReportRenderers(Map<String, ReportRenderer> byFormat) {
    this.byFormat = byFormat;
  }

  /**
   * Returns the built-in renderers: {@code markdown}, {@code html}, {@code json} and {@code text}.
   *
   * @return the renderers
   */
  public static ReportRenderers builtIn() {
    return of(List.of(new MarkdownRenderer(), new HtmlRenderer(), new JsonRenderer(), new TextRenderer()));
  }

  /**
   * Returns an explicit set of renderers.
   *
   * @param renderers the renderers
   * @return the set
   * @throws IllegalStateException when two share a format id
   */
  public static ReportRenderers of(List<? extends ReportRenderer> renderers) {
    Map<String, ReportRenderer> byFormat = new TreeMap<>();
    for (ReportRenderer renderer : renderers) {
      add(byFormat, renderer);
    }
    return new ReportRenderers(byFormat);
  }

  /**
   * Returns the renderers of the report-renderer providers found or given to {@link Providers}.
   *
   * @param providers the providers
   * @return the set
   * @throws IllegalStateException when a provider's renderer has another format id than the provider
   */
  public static ReportRenderers from(Providers providers) {
    List<ReportRenderer> renderers = new ArrayList<>();
    for (String id : providers.rendererIds()) {
      ReportRenderer renderer = providers.renderer(id).orElseThrow().create();
      if (!renderer.formatId().equals(id)) {
        throw new IllegalStateException("report-renderer provider '" + id + "' created a renderer of format '"
            + renderer.formatId() + "'");
      }
      renderers.add(renderer);
    }
    return of(renderers);
  }

  /**
   * Returns a copy with one more renderer.
   *
   * @param renderer the renderer
   * @return the copy
   * @throws IllegalStateException when its format id is taken
   */
  public ReportRenderers with(ReportRenderer renderer) {
    Map<String, ReportRenderer> byFormat = new TreeMap<>(this.byFormat);
    add(byFormat, renderer);
    return new ReportRenderers(byFormat);
  }

  private static void add(Map<String, ReportRenderer> byFormat, ReportRenderer renderer) {
    Objects.requireNonNull(renderer, "renderer");
    ReportRenderer earlier = byFormat.putIfAbsent(renderer.formatId(), renderer);
    if (earlier != null) {
      throw new IllegalStateException("two report renderers have the format id '" + renderer.formatId() + "': "
          + earlier.getClass().getName() + " and " + renderer.getClass().getName());
    }
  }

  /** @return the format ids, sorted */
  public Set<String> formats() {
    return java.util.Collections.unmodifiableSet(byFormat.keySet());
  }

  /**
   * Returns the renderer of a format.
   *
   * @param format the format id
   * @return the renderer, or empty
   */
  public Optional<ReportRenderer> find(String format) {
    return Optional.ofNullable(byFormat.get(Objects.requireNonNull(format, "format")));
  }

  /**
   * Returns the renderer of a format, or fails naming the formats there are.
   *
   * @param format the format id
   * @return the renderer
   * @throws IllegalArgumentException when there is none
   */
  public ReportRenderer get(String format) {
    return find(format).orElseThrow(() -> new IllegalArgumentException(
        "no report renderer for format '" + format + "'; there are " + byFormat.keySet()
            + " / 没有该格式的报告渲染器"));
  }

  /**
   * Renders a document into a file named {@code baseName.<extension>} in a directory, written whole to
   * a temporary file first and then moved into place, so a reader never sees half a report.
   *
   * @param document the document
   * @param format the format id
   * @param directory the directory, created when missing
   * @param baseName the file name without extension
   * @return the file written
   * @throws IOException when writing fails (the temporary file is removed)
   */
  public Path write(ReportDocument document, String format, Path directory, String baseName) throws IOException {
    ReportRenderer renderer = get(format);
    Files.createDirectories(directory);
    Path target = directory.resolve(baseName + "." + renderer.fileExtension());
    Path partial = directory.resolve(target.getFileName() + ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) { // the usual permissions, unlike a temp file
        renderer.render(document, out);
      }
      return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public String toString() {
    return "ReportRenderers" + byFormat.keySet();
  }
}
