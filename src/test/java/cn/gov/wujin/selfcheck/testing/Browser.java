package cn.gov.wujin.selfcheck.testing;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens the browser for page tests: Debian's Chromium headless when it is installed (as in CI),
 * otherwise HtmlUnit, and says loudly which one runs.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static boolean announced;

    private Browser() {
    }

    public static boolean isChromium() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
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
            driver = new HtmlUnitDriver(true);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static synchronized void announce() {
        if (!announced) {
            announced = true;
            String which = isChromium() ? "Chromium (" + CHROMIUM + ", headless)"
                    : "HtmlUnit -- Chromium is NOT installed; install chromium and chromium-driver for the real browser";
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
