package cn.gov.wujin.selfcheck.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Upload files for tests, written under target/: a real PNG, and an executable dressed up as a JPEG. */
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

    /** A Windows executable's first bytes in a file named .jpg: only a check of the content refuses it. */
    public static Path renamedExecutable(String name) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, ("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }
}
