package cn.gov.wujin.selfcheck.platform.files;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Judges an upload by its content: the leading bytes must be those of a JPEG, PNG, GIF or WebP file
 * and the whole file must decode as an image. File names and declared types are ignored. The JDK
 * decodes JPEG, PNG and GIF; WebP is recognised but only accepted when an ImageIO WebP reader is
 * installed (none ships with the JDK), otherwise it is refused with its own message.
 * <p>
 * The pixel dimensions are read from the file's header before anything is decoded: a small file can
 * announce a huge raster (a 20000×20000 PNG of one colour compresses to about 1.6 MB and decodes to
 * 1.6 GB), so an image of more than the given number of pixels is refused unread. Running out of
 * memory while decoding is a refusal too, never an error that escapes.
 */
public final class ImageCheck {

    public static final int THUMBNAIL_SIZE = 240;

    public enum Format {
        JPEG("jpg", "image/jpeg"), PNG("png", "image/png"), GIF("gif", "image/gif"), WEBP("webp", "image/webp");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** A decoded upload. */
    public record Decoded(Format format, BufferedImage image) {
    }

    public enum Refusal { NOT_AN_IMAGE, WEBP_UNSUPPORTED, TOO_MANY_PIXELS }

    public static final class Refused extends Exception {
        private final Refusal reason;

        public Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private ImageCheck() {
    }

    /** What is kept of a checked upload stored under this key. */
    public static StoredImage stored(String key, Decoded decoded, long byteSize) {
        return new StoredImage(key, decoded.format().extension, decoded.format().mediaType, byteSize,
                decoded.image().getWidth(), decoded.image().getHeight());
    }

    /** The format the leading bytes announce, if any. */
    public static Optional<Format> sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return Optional.of(Format.PNG);
        }
        if (bytes.length >= 6 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8'
                && (bytes[4] == '7' || bytes[4] == '9') && bytes[5] == 'a') {
            return Optional.of(Format.GIF);
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of(Format.WEBP);
        }
        return Optional.empty();
    }

    /**
     * Decodes the bytes with the reader of the sniffed format if the header announces at most
     * {@code maxPixels} pixels; anything else is refused.
     */
    public static Decoded decode(byte[] bytes, long maxPixels) throws Refused {
        Format format = sniff(bytes).orElseThrow(() -> new Refused(Refusal.NOT_AN_IMAGE));
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : format.name().toLowerCase());
        if (!readers.hasNext()) {
            throw new Refused(format == Format.WEBP ? Refusal.WEBP_UNSUPPORTED : Refusal.NOT_AN_IMAGE);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            // Only the header: no raster is allocated before the size is known to be acceptable.
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new Refused(Refusal.NOT_AN_IMAGE);
            }
            if (width * height > maxPixels) {
                throw new Refused(Refusal.TOO_MANY_PIXELS);
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new Refused(Refusal.NOT_AN_IMAGE);
            }
            return new Decoded(format, image);
        } catch (OutOfMemoryError e) {
            // Within the pixel limit but more than this server can hold right now: refused, the server goes on.
            throw new Refused(Refusal.TOO_MANY_PIXELS);
        } catch (IOException | RuntimeException e) {
            throw new Refused(Refusal.NOT_AN_IMAGE);
        } finally {
            reader.dispose();
        }
    }

    /** A PNG no larger than {@value #THUMBNAIL_SIZE} pixels either way, aspect ratio kept. */
    public static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
