package cn.gov.wujin.selfcheck.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The CJK TrueType font every PDF of the system is written with ({@code selfcheck.pdf.font}, a file
 * and for a collection its index, e.g. {@code wqy-microhei.ttc,0}), embedded as Identity-H so that
 * the text layer holds the real characters.
 */
public final class CjkFont {

    public static final String DEFAULT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

    private static final Logger LOG = Logger.getLogger(CjkFont.class.getName());

    private CjkFont() {
    }

    /** Fails (the 500 page, and the log says what to install) when the configured font cannot be read. */
    public static void requireReadable(String configured) {
        String file = configured.contains(",") ? configured.substring(0, configured.lastIndexOf(',')) : configured;
        if (!Files.isReadable(Path.of(file))) {
            LOG.severe(() -> "No CJK font for PDF at " + file
                    + ": install fonts-wqy-microhei or set selfcheck.pdf.font (see README)");
            throw new IllegalStateException("No CJK font for PDF at " + file);
        }
    }

    public static BaseFont load(String configured) throws IOException {
        try {
            return BaseFont.createFont(configured, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException("Cannot load the CJK font " + configured, e);
        }
    }
}
