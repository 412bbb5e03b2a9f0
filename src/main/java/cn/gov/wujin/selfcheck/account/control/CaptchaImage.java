package cn.gov.wujin.selfcheck.account.control;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Draws a captcha as a PNG. The glyphs come from a small built-in 5x7 bitmap font, so that the
 * picture needs no system fonts on the server; each cell is jittered and crossed by noise lines.
 */
public final class CaptchaImage {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 40;

    private static final int CELL = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('3', new String[]{"11110", "00001", "00001", "01110", "00001", "00001", "11110"}),
            Map.entry('4', new String[]{"00010", "00110", "01010", "10010", "11111", "00010", "00010"}),
            Map.entry('6', new String[]{"01110", "10000", "10000", "11110", "10001", "10001", "01110"}),
            Map.entry('7', new String[]{"11111", "00001", "00010", "00100", "01000", "01000", "01000"}),
            Map.entry('9', new String[]{"01110", "10001", "10001", "01111", "00001", "00001", "01110"}),
            Map.entry('A', new String[]{"01110", "10001", "10001", "11111", "10001", "10001", "10001"}),
            Map.entry('C', new String[]{"01111", "10000", "10000", "10000", "10000", "10000", "01111"}),
            Map.entry('D', new String[]{"11110", "10001", "10001", "10001", "10001", "10001", "11110"}),
            Map.entry('E', new String[]{"11111", "10000", "10000", "11110", "10000", "10000", "11111"}),
            Map.entry('F', new String[]{"11111", "10000", "10000", "11110", "10000", "10000", "10000"}),
            Map.entry('G', new String[]{"01111", "10000", "10000", "10011", "10001", "10001", "01111"}),
            Map.entry('H', new String[]{"10001", "10001", "10001", "11111", "10001", "10001", "10001"}),
            Map.entry('J', new String[]{"00111", "00010", "00010", "00010", "00010", "10010", "01100"}),
            Map.entry('K', new String[]{"10001", "10010", "10100", "11000", "10100", "10010", "10001"}),
            Map.entry('M', new String[]{"10001", "11011", "10101", "10101", "10001", "10001", "10001"}),
            Map.entry('N', new String[]{"10001", "11001", "10101", "10011", "10001", "10001", "10001"}),
            Map.entry('P', new String[]{"11110", "10001", "10001", "11110", "10000", "10000", "10000"}),
            Map.entry('Q', new String[]{"01110", "10001", "10001", "10001", "10101", "10010", "01101"}),
            Map.entry('R', new String[]{"11110", "10001", "10001", "11110", "10100", "10010", "10001"}),
            Map.entry('T', new String[]{"11111", "00100", "00100", "00100", "00100", "00100", "00100"}),
            Map.entry('U', new String[]{"10001", "10001", "10001", "10001", "10001", "10001", "01110"}),
            Map.entry('V', new String[]{"10001", "10001", "10001", "10001", "10001", "01010", "00100"}),
            Map.entry('W', new String[]{"10001", "10001", "10001", "10101", "10101", "10101", "01010"}),
            Map.entry('X', new String[]{"10001", "10001", "01010", "00100", "01010", "10001", "10001"}),
            Map.entry('Y', new String[]{"10001", "10001", "01010", "00100", "00100", "00100", "00100"}));

    private CaptchaImage() {
    }

    public static void writePng(String text, OutputStream out) throws IOException {
        ImageIO.write(render(text), "png", out);
    }

    static BufferedImage render(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF2F6FA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(160 + RANDOM.nextInt(80), 160 + RANDOM.nextInt(80), 160 + RANDOM.nextInt(80)));
                g.fillRect(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), 2, 2);
            }
            int x = 6;
            for (char c : text.toCharArray()) {
                String[] glyph = GLYPHS.get(Character.toUpperCase(c));
                if (glyph == null) {
                    throw new IllegalArgumentException("no glyph for " + c);
                }
                g.setColor(new Color(RANDOM.nextInt(90), RANDOM.nextInt(90), 60 + RANDOM.nextInt(110)));
                int y = 4 + RANDOM.nextInt(6);
                int slant = RANDOM.nextInt(3) - 1;
                for (int row = 0; row < glyph.length; row++) {
                    for (int col = 0; col < glyph[row].length(); col++) {
                        if (glyph[row].charAt(col) == '1') {
                            g.fillRect(x + col * CELL + slant * (3 - row), y + row * CELL, CELL, CELL);
                        }
                    }
                }
                x += 5 * CELL + 5 + RANDOM.nextInt(2);
            }
            g.setStroke(new BasicStroke(1.2f));
            for (int i = 0; i < 4; i++) {
                g.setColor(new Color(90 + RANDOM.nextInt(120), 90 + RANDOM.nextInt(120), 90 + RANDOM.nextInt(120)));
                g.drawLine(RANDOM.nextInt(WIDTH / 3), RANDOM.nextInt(HEIGHT),
                        WIDTH - RANDOM.nextInt(WIDTH / 3), RANDOM.nextInt(HEIGHT));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
