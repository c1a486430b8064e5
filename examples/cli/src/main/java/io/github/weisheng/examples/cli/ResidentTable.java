package io.github.weisheng.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a residents file, CSV (UTF-8, RFC 4180 quoting, an optional BOM) or XLSX (the first
 * sheet): a header row of the documented Chinese column names, then one resident per row. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
final class ResidentTable {
  /** One data row: its number in the file and its cells by column name (blank cells left out). */
  record Line(int number, Map<String, String> cells) {}

  private final List<String> header;
  private final List<Line> lines;

  private ResidentTable(List<String> header, List<Line> lines) {
    this.header = header;
    this.lines = lines;
  }

  List<String> header() {
    return header;
  }

  List<Line> lines() {
    return lines;
  }

  static ResidentTable read(Path file) {
    String name = file.getFileName().toString();
    try {
      List<List<String>> rows = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(file) : csv(file);
      if (rows.isEmpty()) {
        throw new InputException(name + "：没有标题行", name + ": no header row");
      }
      List<String> header = rows.get(0).stream().map(String::strip).toList();
      List<Line> lines = new ArrayList<>();
      for (int i = 1; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        if (row.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (row.size() > header.size() && row.subList(header.size(), row.size()).stream().anyMatch(c -> !c.isBlank())) {
          throw new InputException(name + " 第 " + (i + 1) + " 行：列数多于标题行",
              name + " row " + (i + 1) + ": more cells than the header has columns");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size() && c < row.size(); c++) {
          String value = row.get(c).strip();
          if (!value.isEmpty()) {
            cells.put(header.get(c), value);
          }
        }
        lines.add(new Line(i + 1, cells));
      }
      return new ResidentTable(header, lines);
    } catch (NoSuchFileException e) {
      throw new InputException("找不到文件 " + name, "file not found: " + name);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException("无法读取文件 " + name + "（须为 UTF-8 CSV 或 XLSX）",
          "cannot read " + name + " (UTF-8 CSV or XLSX expected)");
    }
  }

  /** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
  static List<List<String>> csv(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parseCsv(reader);
    }
  }

  static List<List<String>> parseCsv(Reader reader) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean first = true;
    int c;
    while ((c = reader.read()) != -1) {
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (quoted) {
        if (c == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              reader.reset();
            }
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append((char) c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** The first sheet; date cells as yyyy-MM-dd, whole numbers without a decimal point. */
  static List<List<String>> xlsx(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      int last = sheet.getLastRowNum();
      for (int r = 0; r <= last; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), formatter));
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    if (type == CellType.STRING) {
      return cell.getRichStringCellValue().getString();
    }
    return formatter.formatCellValue(cell);
  }
}
