package cn.gov.wujin.selfcheck.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The one way page objects act and wait, after PrimeFaces' own Selenium support (PrimeSelenium's
 * {@code waitGui} and {@code guardAjax}): a step is done when the page is idle (document loaded,
 * no jQuery request running, PrimeFaces' AJAX queue empty, no jQuery animation or PrimeFaces CSS
 * transition running) <em>and</em> the effect of the step is there (the replaced rows, the closed
 * overlay, the updated counter). Never a fixed delay, never just the next element.
 * <p>
 * Waits read elements that AJAX updates replace; a stale read only means "look again".
 */
public final class Gui {

    /** How long a step may take on a loaded 2-core CI machine before the test fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * arguments[0]: whether the browser renders no CSS transitions (HtmlUnit). It never fires their
     * end event, so PrimeFaces' animations are switched off there, as PrimeSelenium can do.
     */
    private static final String IDLE = """
            if (document.readyState !== 'complete') return false;
            if (arguments[0] && window.PrimeFaces && PrimeFaces.utils && PrimeFaces.utils.disableAnimations
                && PrimeFaces.animationEnabled !== false) {
              PrimeFaces.utils.disableAnimations();
              PrimeFaces.animationActive = false;
            }
            if (window.jQuery) {
              if (jQuery.active !== 0) return false;
              try { if (jQuery(':animated').length !== 0) return false; } catch (e) { /* no effects module */ }
            }
            if (window.PrimeFaces) {
              if (PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty()) return false;
              if (PrimeFaces.animationActive === true) return false;
            }
            return true;""";

    /** Whether nothing covers the centre of the element (an overlay, a dialog's mask, a growl). */
    private static final String UNCOVERED = """
            var el = arguments[0], r = el.getBoundingClientRect();
            if (!document.elementFromPoint || r.width === 0 || r.height === 0) return true;
            var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return top === null || top === el || el.contains(top) || top.contains(el);""";

    private Gui() {
    }

    /** A wait of {@link #TIMEOUT} that looks again when an element it reads was replaced. */
    public static WebDriverWait await(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public static boolean isIdle(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(IDLE, driver instanceof org.openqa.selenium.htmlunit.HtmlUnitDriver));
    }

    /** Waits until the page is idle. */
    public static void idle(WebDriver driver) {
        await(driver).until(d -> isIdle(d));
    }

    /**
     * Waits until the page is idle and, at the same moment, the effect is there (a non-null,
     * non-false answer, which is returned).
     */
    public static <T> T until(WebDriver driver, Function<? super WebDriver, T> effect) {
        return await(driver).until(d -> isIdle(d) ? effect.apply(d) : null);
    }

    /** Waits until the element is shown and the page idle; returns it. */
    public static WebElement shown(WebDriver driver, By locator) {
        return until(driver, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until no element of the locator is shown (none at all, or all hidden) and the page is idle. */
    public static void gone(WebDriver driver, By locator) {
        until(driver, d -> d.findElements(locator).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * Clicks as a person does: once the page is idle and the element is in view, enabled and not
     * covered by anything (a closing overlay or dialog mask). Wait for the effect afterwards.
     */
    public static void click(WebDriver driver, WebElement element) {
        idle(driver);
        scrollIntoView(driver, element);
        ExpectedCondition<WebElement> clickable = ExpectedConditions.elementToBeClickable(element);
        until(driver, d -> clickable.apply(d) != null
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(UNCOVERED, element)));
        element.click();
    }

    public static void click(WebDriver driver, By locator) {
        click(driver, until(driver, ExpectedConditions.elementToBeClickable(locator)));
    }

    /** Clicks and waits until the page is idle and the effect is there. */
    public static <T> T clickFor(WebDriver driver, WebElement element, Function<? super WebDriver, T> effect) {
        click(driver, element);
        return until(driver, effect);
    }

    /** Clicks and waits until the element (or one it stands for, e.g. a table that is re-rendered) is replaced. */
    public static void clickReplacing(WebDriver driver, WebElement element, WebElement replaced) {
        clickFor(driver, element, ExpectedConditions.stalenessOf(replaced));
    }

    /**
     * Types into a text field (its old text removed) and waits until the field holds exactly that
     * text; a field that an AJAX update replaced or reset meanwhile is typed again.
     */
    public static void type(WebDriver driver, By field, String text) {
        idle(driver);
        await(driver).until(d -> {
            WebElement input = d.findElement(field);
            if (text.equals(input.getDomProperty("value"))) {
                return true;
            }
            input.clear();
            if (!text.isEmpty()) {
                input.sendKeys(text);
            }
            return text.equals(input.getDomProperty("value"));
        });
    }

    /**
     * Types a date into a p:datePicker's text field ({@code <id>_input}) and leaves its overlay
     * ({@code <id>_panel}) closed, as a person who opens the field, presses Escape and types does;
     * waits until the overlay has gone and the field holds the date.
     * <p>
     * Why in this order: the overlay opens when the field gets the focus. Once it has opened
     * completely, PrimeFaces moves the focus into the calendar and a document key handler swallows
     * every key aimed below the overlay (the field included) until it closes; before that, during
     * the opening transition, an Escape is lost because the close handlers are not bound yet. So
     * the overlay is let open completely, closed with Escape (the field's own handler takes it),
     * and the date typed into the field, which keeps the focus, with the overlay closed. Hiding the
     * overlay by script instead would leave that key handler in place. On a busy machine an entry
     * that did not take is made again.
     */
    public static void typeDate(WebDriver driver, String inputId, String date) {
        By field = By.id(inputId);
        By panel = By.id(inputId.replaceFirst("_input$", "") + "_panel");
        idle(driver);
        if (driver instanceof org.openqa.selenium.htmlunit.HtmlUnitDriver) {
            // HtmlUnit lays nothing out, so the picker's overlay and its key handling cannot be
            // driven as in a browser: the field takes the text as a paste would, and announces it.
            await(driver).until(d -> {
                ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", d.findElement(field), date);
                idle(d);
                return date.equals(d.findElement(field).getDomProperty("value"));
            });
            return;
        }
        await(driver).until(d -> {
            WebElement input = d.findElement(field);
            if (!input.equals(d.switchTo().activeElement())) {
                scrollIntoView(d, input);
                input.sendKeys(Keys.SHIFT); // focuses the field, which opens the overlay
            }
            idle(d); // the opening transition has ended
            if (shownAny(d, panel)) {
                input.sendKeys(Keys.ESCAPE);
                try {
                    new WebDriverWait(d, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                            .until(x -> isIdle(x) && !shownAny(x, panel));
                } catch (org.openqa.selenium.TimeoutException escapeLost) {
                    return false;
                }
            }
            if (!input.equals(d.switchTo().activeElement())) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].value = '';", input);
            if (!date.isEmpty()) {
                input.sendKeys(date);
            }
            idle(d);
            return !shownAny(d, panel) && date.equals(d.findElement(field).getDomProperty("value"));
        });
    }

    /**
     * Chooses an item of a PrimeFaces select menu by its label: opens the menu, clicks the item, and
     * waits until the overlay is gone.
     */
    public static void chooseOne(WebDriver driver, String menuId, String label) {
        click(driver, driver.findElement(By.id(menuId)));
        click(driver, shown(driver, By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']")));
        gone(driver, By.id(menuId + "_panel"));
    }

    /**
     * Scrolls the element into the middle of the window unless it is in view already: PrimeFaces
     * closes its overlays (a select menu's list, a date picker) when the page scrolls.
     */
    private static void scrollIntoView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("""
                var r = arguments[0].getBoundingClientRect();
                if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
                  arguments[0].scrollIntoView({block: 'center'});
                }""", element);
    }

    private static boolean shownAny(WebDriver driver, By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The texts of the elements, stripped. */
    public static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).toList();
    }
}
