package cn.gov.wujin.selfcheck.testing;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.htmlunit.BrowserVersion;
import org.htmlunit.NicelyResynchronizingAjaxController;
import org.htmlunit.WebClient;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.htmlunit.options.HtmlUnitDriverOptions;
import org.openqa.selenium.htmlunit.options.HtmlUnitOptionNames;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens the browser for page tests: Debian's Chromium headless when it is installed (as in CI),
 * otherwise HtmlUnit, and says loudly which one runs.
 * <p>
 * {@code -Dselfcheck.test.browser=htmlunit} forces HtmlUnit although Chromium is installed, to try
 * the fallback a machine without Chromium gets, e.g.
 * {@code mvn verify -Dselfcheck.test.browser=htmlunit}; {@code chromium} requires Chromium and fails
 * without it; unset (or {@code auto}) takes Chromium when it is there.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The system property that chooses the browser: auto (default), chromium or htmlunit. */
    public static final String CHOICE = "selfcheck.test.browser";
    private static final String INSTALL = "install the Debian packages chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver)";
    private static final String RESIZE_OBSERVER = "if (typeof window.ResizeObserver === 'undefined') {"
            + " window.ResizeObserver = function (callback) { this.observe = function () {};"
            + " this.unobserve = function () {}; this.disconnect = function () {}; }; } ";
    private static boolean announced;

    private Browser() {
    }

    /** Whether the page tests run in Chromium (installed, and not overridden by {@value #CHOICE}=htmlunit). */
    public static boolean isChromium() {
        String choice = System.getProperty(CHOICE, "auto").strip().toLowerCase(java.util.Locale.ROOT);
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        return switch (choice) {
            case "htmlunit" -> false;
            case "chromium" -> {
                if (!installed) {
                    throw new IllegalStateException(CHOICE + "=chromium, but " + CHROMIUM + " or " + CHROMEDRIVER
                            + " is missing: " + INSTALL);
                }
                yield true;
            }
            case "auto", "" -> installed;
            default -> throw new IllegalStateException(CHOICE + " must be auto, chromium or htmlunit, not " + choice);
        };
    }

    /**
     * Skips the calling test under HtmlUnit, loudly, for a test that needs a real browser's layout
     * (what covers what, real image decoding); JUnit counts it as skipped.
     */
    public static void assumeRealBrowser(String why) {
        if (!isChromium()) {
            String message = "SKIPPED under HtmlUnit: " + why + " needs a real browser; " + INSTALL;
            System.out.println("\n!!!!!!!!!!!!!!!!!!!! " + message + " !!!!!!!!!!!!!!!!!!!!\n");
            org.junit.jupiter.api.Assumptions.abort(message);
        }
    }

    public static WebDriver open() {
        announce();
        WebDriver driver;
        if (isChromium()) {
            try {
                Path profile = Files.createTempDirectory(Path.of(System.getProperty("selfcheck.test.work", "target")),
                        "chromium-profile-");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
                driver = new ChromeDriver(service, options);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            driver = htmlUnit();
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * HtmlUnit as a Chinese user's current Chrome: zh-CN (Accept-Language and navigator.language, so
     * the pages come in the default language), Shanghai time, JavaScript on, and images downloaded:
     * the login page's captcha picture is what issues the session's captcha challenge, without it
     * every login is refused with 验证码错误或已过期.
     */
    private static WebDriver htmlUnit() {
        BrowserVersion chinese = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.CHROME)
                .setAcceptLanguageHeader("zh-CN,zh;q=0.9")
                .setBrowserLanguage("zh-CN")
                .setSystemTimezone(java.util.TimeZone.getTimeZone("Asia/Shanghai"))
                .build();
        HtmlUnitDriverOptions options = new HtmlUnitDriverOptions(chinese)
                .setJavaScriptEnabled(true)
                .setDownloadImages(true);
        options.setCapability(HtmlUnitOptionNames.optThrowExceptionOnScriptError, false);
        options.setCapability(HtmlUnitOptionNames.optCssEnabled, true);
        return new HtmlUnitDriver(options) {
            @Override
            protected WebClient modifyWebClient(WebClient client) {
                WebClient modified = super.modifyWebClient(client);
                // PrimeFaces' AJAX runs on timers: let them finish before a call returns, as a browser settles.
                modified.setAjaxController(new NicelyResynchronizingAjaxController());
                // HtmlUnit has no ResizeObserver, and PrimeFaces' dialogs (p:confirmDialog, p:dialog) fail to
                // start without one: an inert one before each script (on one line, so line numbers stay).
                modified.setScriptPreProcessor((page, source, name, line, element) -> RESIZE_OBSERVER + source);
                return modified;
            }
        };
    }

    private static synchronized void announce() {
        if (!announced) {
            announced = true;
            String which = isChromium() ? "Chromium (" + CHROMIUM + ", headless)"
                    : "HtmlUnit -- " + (System.getProperty(CHOICE, "auto").equalsIgnoreCase("htmlunit")
                    ? "forced by -D" + CHOICE + "=htmlunit" : "Chromium is NOT installed") + "; " + INSTALL
                    + " for the real browser (tests that need one are skipped)";
            System.out.println("\n==================== BROWSER TESTS RUN IN: " + which + " ====================\n");
        }
    }

    public static void screenshot(WebDriver driver, String name) {
        if (driver instanceof TakesScreenshot camera) {
            try {
                File shot = camera.getScreenshotAs(OutputType.FILE);
                Path target = Path.of("target", "screenshots", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
                Files.createDirectories(target.getParent());
                Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("[it] Screenshot of the failure: " + target.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.out.println("[it] No screenshot: " + e);
            }
        }
    }
}
