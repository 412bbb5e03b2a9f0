package cn.gov.wujin.selfcheck.notice;

import cn.gov.wujin.selfcheck.pages.EnterpriseHomePage;
import cn.gov.wujin.selfcheck.pages.HelpPage;
import cn.gov.wujin.selfcheck.pages.LoginPage;
import cn.gov.wujin.selfcheck.testing.BrowserTest;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.Gui;
import cn.gov.wujin.selfcheck.testing.IsolatedServer;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 在线帮助 as an enterprise reads it (the four lists, a search, an article with its screenshot), and an
 * article ADMIN writes (a forbidden file refused, markup rendered harmless) that reaches the home page's box.
 */
@ExtendWith(IsolatedServer.class)
class HelpIT extends BrowserTest {

    /** No other test on the isolated server logs in as it in a browser; its password is set first over HTTP. */
    private static final String ENTERPRISE = Demo.NIUTANG_RESTAURANT;

    @Override
    protected String baseUrl() {
        return IsolatedServer.baseUrl();
    }

    private void loginAsEnterprise() {
        new JsfClient(baseUrl()).loginEnterprise(ENTERPRISE, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(ENTERPRISE, Demo.NEW_PASSWORD);
        new EnterpriseHomePage(driver).awaitShown();
    }

    @Test
    void theFourListsASearchAndAnArticleWithItsScreenshot() {
        loginAsEnterprise();
        Gui.clickReplacing(driver, driver.findElement(By.id("menuHelp")), driver.findElement(By.id("mainMenu")));
        HelpPage help = new HelpPage(driver).awaitShown();
        assertEquals(List.of("新闻动态列表", "公告通知列表", "在线帮助列表", "常见问题列表"), help.lists());
        assertEquals("在线帮助列表", help.currentList());
        assertTrue(help.entries().containsAll(List.of("登录与修改密码", "自查自改：新建、保存与上报", "重大隐患")), help.entries().toString());
        assertEquals("登录与修改密码", help.articleTitle(), "the list's first article is shown");

        help.search("重大");
        assertEquals(List.of("重大隐患"), help.entries(), "searched by title");
        help.open("重大隐患");
        assertTrue(help.articleText().contains("挂牌督办"), help.articleText());

        help.choose("常见问题列表");
        assertTrue(help.entries().size() >= 10, help.entries().toString());
        help.open("忘记密码怎么办？");
        assertTrue(help.articleText().contains("重置密码"), help.articleText());

        help.choose("在线帮助列表").open("登录与修改密码");
        List<Long> widths = help.imageWidths();
        assertEquals(1, widths.size());
        assertTrue(widths.get(0) > 0, "the screenshot loads: " + widths);
    }

    @Test
    void anArticleOfTheAdministratorReachesTheHomePageAndKeepsNoMarkup() throws Exception {
        String title = "武进区召开安全生产工作会议<img src=x onerror=window.xssTitle=1>-" + System.currentTimeMillis();
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl()).loginAs(Demo.ADMIN, Demo.OFFICER_PASSWORD);
        Gui.shown(driver, By.id("mainMenu"));
        driver.get(baseUrl() + "/officer/article-edit.xhtml");
        Gui.shown(driver, By.cssSelector("#article\\:body .ql-editor"));
        driver.findElement(By.cssSelector("#article\\:attachmentUpload input[type=file]"))
                .sendKeys(TestFiles.htmlDressedAsPdf("会议通知.pdf").toAbsolutePath().toString());
        Gui.until(driver, d -> d.findElement(By.id("article:messages")).getText().contains("附件只能是"));
        assertTrue(driver.findElements(By.cssSelector("#article\\:attachments .attachment-name")).isEmpty(), "nothing kept");
        Gui.type(driver, By.id("article:title"), title);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('article:body_input').value = arguments[0];",
                "<p>会议要求各单位<strong>落实</strong>隐患自查自改。</p><img src=x onerror=\"window.xssBody=1\"><script>window.xssBody=2</script>");
        Gui.clickReplacing(driver, driver.findElement(By.id("article:save")), driver.findElement(By.id("article:save")));
        HelpPage saved = new HelpPage(driver).awaitShown();
        assertEquals(title, saved.articleTitle(), "saved and shown, its title as text");

        loginAsEnterprise();
        EnterpriseHomePage home = new EnterpriseHomePage(driver).awaitShown();
        assertEquals(title, home.headlines("新闻动态").get(0), "the newest 新闻动态 on the home page");
        WebElement link = driver.findElements(By.cssSelector(".headline-title")).stream()
                .filter(e -> e.getText().strip().equals(title)).findFirst().orElseThrow();
        Gui.clickReplacing(driver, link, link);
        HelpPage article = new HelpPage(driver).awaitShown();
        assertEquals(title, article.articleTitle());
        assertEquals("新闻动态列表", article.currentList());
        assertTrue(article.articleText().contains("会议要求各单位落实隐患自查自改。"), article.articleText());
        assertEquals(0, article.countInArticle("script, [onerror]"), "no script and no handler in the body");
        assertEquals(0L, ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('main [onerror]').length;")).longValue(), "nor in the title");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.xssTitle || window.xssBody || null;"));
    }
}
