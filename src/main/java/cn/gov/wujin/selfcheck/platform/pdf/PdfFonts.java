package cn.gov.wujin.selfcheck.platform.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured CJK font ({@code selfcheck.pdf.font}) for the servlets that write PDFs. */
@ApplicationScoped
public class PdfFonts {

    @Inject
    @ConfigProperty(name = "selfcheck.pdf.font", defaultValue = CjkFont.DEFAULT)
    String font;

    /** The font to write with; fails (the 500 page, and the log says what to install) when it cannot be read. */
    public String readable() {
        CjkFont.requireReadable(font);
        return font;
    }
}
