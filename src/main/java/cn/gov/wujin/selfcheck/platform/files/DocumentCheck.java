package cn.gov.wujin.selfcheck.platform.files;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded attachment is, judged by its bytes and never by its name or the browser's media
 * type: a PDF, a Word, Excel or PowerPoint document (OOXML, opened as a package and recognised by its
 * main part; or the older OLE2 formats, by their main stream) or an image ({@link ImageCheck}). Anything
 * else (HTML, scripts, archives, programs) is refused. The stored file takes its extension and media
 * type from what was found, so that a download is always sent as what it is.
 */
public final class DocumentCheck {

    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        DOC("doc", "application/msword"),
        XLS("xls", "application/vnd.ms-excel"),
        PPT("ppt", "application/vnd.ms-powerpoint"),
        JPEG("jpg", "image/jpeg"),
        PNG("png", "image/png"),
        GIF("gif", "image/gif"),
        WEBP("webp", "image/webp");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public static Optional<Format> byExtension(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    private DocumentCheck() {
    }

    /** The format these bytes are, or empty when they are none of the accepted ones. */
    public static Optional<Format> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        Optional<ImageCheck.Format> image = ImageCheck.sniff(bytes);
        if (image.isPresent()) {
            return Format.byExtension(image.get().extension);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return switch (magic) {
            case PDF -> isPdf(bytes) ? Optional.of(Format.PDF) : Optional.empty();
            case OOXML -> ooxml(bytes);
            case OLE2 -> ole2(bytes);
            default -> Optional.empty();
        };
    }

    /** A PDF starts with its header and ends (within the last kilobyte) with its end-of-file marker. */
    private static boolean isPdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** A ZIP is accepted only as an OOXML package whose main part is a document, workbook or presentation. */
    private static Optional<Format> ooxml(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType().toLowerCase(Locale.ROOT);
                if (type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main")) {
                    return Optional.of(Format.DOCX);
                }
                if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main")) {
                    return Optional.of(Format.XLSX);
                }
                if (type.startsWith("application/vnd.openxmlformats-officedocument.presentationml.presentation.main")) {
                    return Optional.of(Format.PPTX);
                }
            }
            return Optional.empty();
        } catch (Exception | LinkageError notAPackage) {
            return Optional.empty();
        }
    }

    private static Optional<Format> ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(Format.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(Format.XLS);
            }
            if (root.hasEntry("PowerPoint Document")) {
                return Optional.of(Format.PPT);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notOle2) {
            return Optional.empty();
        }
    }

    /** The name to show and to offer on download: no path, no control characters, at most 100 characters. */
    public static String displayName(String submitted, Format format) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty()) {
            name = "附件";
        }
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        String wanted = "." + format.extension;
        return name.toLowerCase(Locale.ROOT).endsWith(wanted) ? name : name + wanted;
    }
}
