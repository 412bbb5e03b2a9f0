package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.files.DataFiles;
import cn.gov.wujin.selfcheck.platform.files.ImageCheck;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCheckTest {

    private static final long FORTY_MEGAPIXELS = 40_000_000;

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void imagesAreJudgedByContent() throws Exception {
        byte[] png = png(600, 300);
        ImageCheck.Decoded decoded = ImageCheck.decode(png, FORTY_MEGAPIXELS);
        assertEquals(ImageCheck.Format.PNG, decoded.format());
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(ImageCheck.thumbnail(decoded.image())));
        assertEquals(240, thumb.getWidth());
        assertEquals(120, thumb.getHeight());

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        assertEquals(ImageCheck.Refusal.NOT_AN_IMAGE,
                assertThrows(ImageCheck.Refused.class, () -> ImageCheck.decode(exe, FORTY_MEGAPIXELS)).reason());
        byte[] truncated = Arrays.copyOf(png, 20);
        assertThrows(ImageCheck.Refused.class, () -> ImageCheck.decode(truncated, FORTY_MEGAPIXELS));
        byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        assertEquals(ImageCheck.Format.WEBP, ImageCheck.sniff(webp).orElseThrow());
    }

    @Test
    void anImageOfMorePixelsThanTheLimitIsRefusedByItsHeader() throws Exception {
        byte[] png = png(2000, 1000);
        assertEquals(ImageCheck.Refusal.TOO_MANY_PIXELS,
                assertThrows(ImageCheck.Refused.class, () -> ImageCheck.decode(png, 1_999_999)).reason());
        assertEquals(2000, ImageCheck.decode(png, 2_000_000).image().getWidth(), "exactly at the limit is accepted");
    }

    @Test
    void aDecompressionBombIsRefusedWithoutDecodingIt() throws Exception {
        byte[] bomb = TestFiles.pngBomb(20_000, 20_000);
        assertTrue(bomb.length < 2 * 1024 * 1024, "a small file: " + bomb.length + " bytes");
        Runtime runtime = Runtime.getRuntime();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        Instant start = Instant.now();

        ImageCheck.Refused refused = assertThrows(ImageCheck.Refused.class, () -> ImageCheck.decode(bomb, FORTY_MEGAPIXELS));

        assertEquals(ImageCheck.Refusal.TOO_MANY_PIXELS, refused.reason());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "refused from the header, not after decoding");
        long usedAfter = runtime.totalMemory() - runtime.freeMemory();
        assertTrue(usedAfter - usedBefore < 200L * 1024 * 1024, "no 1.6 GB raster was allocated");
    }

    @Test
    void theSweepDeletesOnlyOldUnreferencedFiles(@TempDir Path directory) throws Exception {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Instant cutoff = now.minus(Duration.ofHours(24));
        Path oldUnreferenced = file(directory, "aaaa.png", now.minus(Duration.ofHours(25)));
        Path oldUnreferencedThumb = file(directory, "aaaa.thumb.png", now.minus(Duration.ofHours(25)));
        Path oldReferenced = file(directory, "bbbb.png", now.minus(Duration.ofDays(30)));
        Path oldReferencedThumb = file(directory, "bbbb.thumb.png", now.minus(Duration.ofDays(30)));
        Path recentUnreferenced = file(directory, "cccc.png", now.minus(Duration.ofHours(23)));
        Path halfWritten = file(directory, "upload-123.part", now.minus(Duration.ofDays(2)));

        assertEquals(3, DataFiles.sweep(directory, Set.of("bbbb"), cutoff));

        assertFalse(Files.exists(oldUnreferenced));
        assertFalse(Files.exists(oldUnreferencedThumb));
        assertFalse(Files.exists(halfWritten));
        assertTrue(Files.exists(oldReferenced));
        assertTrue(Files.exists(oldReferencedThumb));
        assertTrue(Files.exists(recentUnreferenced));
        assertEquals(0, DataFiles.sweep(directory, Set.of("bbbb"), cutoff), "a second run finds nothing more");
    }

    private static Path file(Path directory, String name, Instant modified) throws Exception {
        Path file = Files.write(directory.resolve(name), new byte[]{1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
