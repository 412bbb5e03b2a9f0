package cn.gov.wujin.selfcheck.management.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An import file read row by row: a CSV (UTF-8 or GBK, detected from the content unless chosen;
 * Apache Commons CSV) or an .xlsx (its first sheet, read by POI's streaming SAX reader, so that a
 * 30,000-row workbook is never a tree of cell objects). Row numbers are the spreadsheet's: the
 * header is row 1, the first enterprise row 2.
 */
public final class ImportFile implements AutoCloseable {

    public enum Format { CSV, XLSX }

    /** One data row: its number and its cells by column (missing cells are empty strings). */
    public record Row(int number, Map<ImportColumn, String> cells, List<String> original) {
        public String cell(ImportColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The file's header does not name the required columns, or the file is not a CSV or workbook. */
    public static final class BadFileException extends Exception {
        private final String messageKey;
        private final String detail;

        public BadFileException(String messageKey, String detail) {
            super(messageKey + ": " + detail);
            this.messageKey = messageKey;
            this.detail = detail;
        }

        public String messageKey() {
            return messageKey;
        }

        public String detail() {
            return detail;
        }
    }

    /** A record of the file with its row number. */
    private record Numbered(int number, List<String> cells) {
    }

    private final Iterator<Numbered> records;
    private final AutoCloseable resource;
    private final Map<ImportColumn, Integer> positions;
    private final List<String> header;

    private ImportFile(Iterator<Numbered> records, AutoCloseable resource) throws BadFileException {
        this.records = records;
        this.resource = resource;
        if (!records.hasNext()) {
            throw new BadFileException("import.file.empty", "");
        }
        List<String> header = records.next().cells();
        this.header = List.copyOf(header);
        positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.byHeader(header.get(i)).ifPresent(column -> positions.putIfAbsent(column, index));
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new BadFileException("import.file.missingColumns", String.join("、", missing));
        }
    }

    /** What the content is: a ZIP (an .xlsx) or text (a CSV); anything else is refused by the header check. */
    public static Format detectFormat(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? Format.XLSX : Format.CSV;
    }

    /** UTF-8 when the bytes decode as UTF-8 (with or without a BOM), GBK otherwise. */
    public static Charset detectCharset(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GBK");
        }
    }

    public static ImportFile open(Path file, Format format, Charset charset) throws IOException, BadFileException {
        return format == Format.XLSX ? openXlsx(Files.newInputStream(file)) : openCsv(Files.newInputStream(file), charset);
    }

    public static ImportFile open(byte[] content, Format format, Charset charset) throws IOException, BadFileException {
        return format == Format.XLSX ? openXlsx(new ByteArrayInputStream(content))
                : openCsv(new ByteArrayInputStream(content), charset);
    }

    private static ImportFile openCsv(InputStream in, Charset charset) throws IOException, BadFileException {
        Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(skipBom(in), charset));
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
        Iterator<CSVRecord> iterator = parser.iterator();
        Iterator<Numbered> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return iterator.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new IllegalStateException("CSV unreadable: " + e.getMessage(), e);
                }
            }

            @Override
            public Numbered next() {
                CSVRecord record = iterator.next();
                return new Numbered((int) record.getRecordNumber(), record.toList());
            }
        };
        try {
            return new ImportFile(rows, parser);
        } catch (BadFileException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int read = pushback.readNBytes(bom, 0, 3);
        if (!(read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            pushback.unread(bom, 0, read);
        }
        return pushback;
    }

    private static ImportFile openXlsx(InputStream in) throws IOException, BadFileException {
        List<Numbered> rows = new ArrayList<>();
        try (in; OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BadFileException("import.file.empty", "");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows),
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BadFileException e) {
            throw e;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new BadFileException("import.file.unreadable", e.getClass().getSimpleName());
        }
        return new ImportFile(rows.iterator(), () -> { });
    }

    /** Collects the sheet's rows as lists of formatted cell texts; an empty row is left out. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Numbered> rows;
        private List<String> current;

        RowCollector(List<Numbered> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new Numbered(rowNum + 1, current));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value.strip());
        }
    }

    public boolean hasNext() {
        return records.hasNext();
    }

    public Row next() {
        if (!records.hasNext()) {
            throw new NoSuchElementException();
        }
        Numbered numbered = records.next();
        List<String> record = numbered.cells();
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        positions.forEach((column, index) -> cells.put(column, index < record.size() ? record.get(index).strip() : ""));
        return new Row(numbered.number(), cells, List.copyOf(record));
    }

    /** The header row's cells, in file order (the rejects file repeats them). */
    public List<String> header() {
        return header;
    }

    @Override
    public void close() throws IOException {
        try {
            resource.close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
