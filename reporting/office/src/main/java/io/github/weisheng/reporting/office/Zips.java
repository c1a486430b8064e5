package io.github.weisheng.reporting.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package (a zip) with every entry's time set to one fixed moment, and
 * the packages embedded in it likewise, so the same document gives the same bytes: POI stamps
 * entries with the time of writing.
 */
final class Zips {
  /** The fixed entry time: the earliest a zip (DOS) time can be. */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Zips() {}

  static void copyWithFixedTimes(byte[] zip, OutputStream out) throws IOException {
    // ZipOutputStream.close would close the caller's stream: finish it instead.
    ZipOutputStream rewritten = new ZipOutputStream(new UnclosableStream(out));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED);
        rewritten.putNextEntry(copy);
        if (isPackage(entry.getName())) {
          copyWithFixedTimes(in.readAllBytes(), rewritten); // an embedded workbook, e.g. a chart's data
        } else {
          in.transferTo(rewritten);
        }
        rewritten.closeEntry();
      }
    }
    rewritten.finish();
    rewritten.flush();
  }

  private static boolean isPackage(String name) {
    return name.endsWith(".xlsx") || name.endsWith(".docx");
  }

  /** Passes writes through and ignores close. */
  private static final class UnclosableStream extends java.io.FilterOutputStream {
    UnclosableStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
