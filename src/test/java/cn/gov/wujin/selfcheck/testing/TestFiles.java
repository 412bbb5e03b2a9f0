package cn.gov.wujin.selfcheck.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Upload files for tests, written under target/: a real PNG, an executable dressed up as a JPEG, and a
 * decompression bomb.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A PNG of one colour, by absolute path (the browser's file input wants one). */
    public static Path png(String name, int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A one-page PDF with a line of text, made by OpenPDF. */
    public static byte[] pdfBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** {@link #pdfBytes} as a file under target/, for a browser upload. */
    public static Path pdf(String name, String text) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, pdfBytes(text));
        return file;
    }

    /** A web page with a script in a file named .pdf: only a check of the content refuses it. */
    public static Path htmlDressedAsPdf(String name) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<html><body><script>alert(document.cookie)</script>%PDF-1.4</body></html>");
        return file;
    }

    /** A Windows executable's first bytes in a file named .jpg: only a check of the content refuses it. */
    public static Path renamedExecutable(String name) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, ("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    /**
     * A decompression bomb: a valid PNG of {@code width × height} transparent black pixels (8-bit RGBA),
     * which decodes to a raster of {@code 4 × width × height} bytes but compresses about a thousandfold
     * (20000 × 20000 is about 1.6 MB and would need 1.6 GB to decode). Made in milliseconds without ever
     * holding the raster: the image data is all zeros, so one megabyte of zeros is deflated once with a
     * full flush (which resets the compressor, so each further megabyte compresses to the same bytes),
     * repeated, and closed with the zlib checksum of that many zeros.
     */
    public static byte[] pngBomb(int width, int height) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[]{8, 6, 0, 0, 0}); // 8 bits per sample, RGBA, deflate, adaptive filtering, not interlaced
            chunk(png, "IHDR", header.toByteArray());
            long rawBytes = (long) height * (1 + 4L * width); // each row: filter type 0, then its pixels, all zero
            chunk(png, "IDAT", zlibOfZeros(rawBytes));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zlibOfZeros(long total) throws IOException {
        int blockSize = 1 << 20;
        byte[] buffer = new byte[blockSize];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        deflater.setInput(new byte[blockSize]);
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, written);
        } while (written == buffer.length);
        deflater.reset();
        deflater.setInput(new byte[(int) (total % blockSize)]);
        deflater.finish();
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        while (!deflater.finished()) {
            last.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        zlib.write(0x78);
        zlib.write(0xDA);
        byte[] repeated = block.toByteArray();
        for (long i = 0; i < total / blockSize; i++) {
            zlib.write(repeated);
        }
        zlib.write(last.toByteArray());
        // Adler-32 of zeros: the sum of the bytes stays 1, the sum of the sums grows by 1 per byte.
        new DataOutputStream(zlib).writeInt((int) (((total % 65521) << 16) | 1));
        return zlib.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
