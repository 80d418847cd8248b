package org.dateline.desk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The desk in a real browser: Debian's headless Chromium driven through its own chromedriver
 * (explicit paths, so Selenium Manager never runs and nothing is downloaded). Skips, saying why,
 * when either is not installed ({@code apt-get install chromium chromium-driver}).
 */
class DeskBrowserTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("desk.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Paths.get(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver"));
    /** Written by every run; docs/desk-*.png are copies of these. */
    static final Path SHOTS = Paths.get("target", "desk-screenshots");

    /** Selenium warns that it has no CDP classes for this Chromium: WebDriver itself needs none. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    static Path dir;
    static DeskFixture fx;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.out.println("DeskBrowserTest skipped: " + CHROMIUM + " or " + DRIVER
                    + " is not installed (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "chromium or chromedriver not installed");
        fx = new DeskFixture(dir, List.of(XssCorpus.hostile()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1200,900", "--no-first-run", "--disable-extensions", "--disable-background-networking");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private static void shot(String name) throws IOException {
        File f = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void searchFilterReadFollowTheSpeakerAndChart() throws IOException {
        browser.get(fx.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("recruiting OR kirby");
        box.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).contains("/search?q=recruiting+OR+kirby");
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize(2);
        shot("search");
        // facet: the site example.com
        browser.findElement(By.xpath("//section[@data-facet='Site']//a[normalize-space()='example.com']")).click();
        assertThat(browser.findElements(By.cssSelector("a.chip"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("site: example.com"));
        hits = browser.findElements(By.cssSelector("li.hit h3 a"));
        assertThat(hits).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Pentagon: ISIS recruits children", "Kirby returns to the podium");
        // a second facet combines with the first
        browser.findElement(By.xpath("//section[@data-facet='Speaker']//a[normalize-space()='Ashton Carter']")).click();
        hits = browser.findElements(By.cssSelector("li.hit h3 a"));
        assertThat(hits).extracting(WebElement::getText).containsExactly("Pentagon: ISIS recruits children");
        hits.get(0).click();
        // the quotation is highlighted, with its speaker
        List<WebElement> quotes = browser.findElements(By.cssSelector(".body [data-speaker='John Kirby']"));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).getText()).isEqualTo("The group is desperate,");
        assertThat(quotes.get(0).getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(quotes.get(0).getDomAttribute("title")).contains("spokesman, US State Department");
        WebElement reported = browser.findElement(By.cssSelector(".body [data-speaker='Ashton Carter']"));
        assertThat(reported.getCssValue("font-style")).isEqualTo("italic");
        shot("article");
        // follow the speaker
        browser.findElement(By.cssSelector(".body a.who[href='/speakers/John%20Kirby']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("John Kirby");
        List<WebElement> items = browser.findElements(By.cssSelector("li.quote-item time"));
        Set<String> months = new TreeSet<>();
        for (WebElement t : items) {
            months.add(t.getText().substring(0, 7));
        }
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.bars rect.bar"));
        assertThat(bars).hasSize(months.size()).hasSize(2);
        // the script enhances: a focused bar is read out under the chart
        new Actions(browser).moveToElement(bars.get(1)).perform();
        assertThat(browser.findElement(By.cssSelector("figure.chart .readout")).getText()).isEqualTo("2016-04: 1 quote");
        shot("speaker");
    }

    @Test
    void hostileRecordsRunNothingInTheBrowser() {
        String id = fx.index.search(new org.dateline.store.Requests.Search("title:headline", null, 1, null, true, false))
                .hits().get(0).article().id();
        for (String path : List.of("/articles/" + id, "/search?q=attack", Links.speaker(XssCorpus.SPEAKER),
                Links.entity(XssCorpus.ENTITY), "/speakers")) {
            browser.get(fx.base() + path);
            for (WebElement e : browser.findElements(By.cssSelector(".body [data-speaker], .hit a, .chip"))) {
                new Actions(browser).moveToElement(e).perform();
            }
            assertThatThrownBy(() -> browser.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
            assertThat(js("return typeof window.__xss")).as(path).isEqualTo("undefined");
            assertThat(js("return document.querySelectorAll('img, iframe, circle, b, #xss4, [onerror], [onload], "
                    + "[onmouseover], [onclick]').length")).as(path).isEqualTo(0L);
            assertThat(js("return document.querySelectorAll('script').length")).as(path).isEqualTo(1L);
        }
        browser.get(fx.base() + "/articles/" + id);
        assertThat(browser.getTitle()).isEqualTo(XssCorpus.TITLE + " · Dateline desk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(XssCorpus.TITLE);
    }

    @Test
    void readableAtPhoneWidthWithTheKeyboard() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(fx.base() + "/articles/" + fx.kirbyId);
            Object overflow = js("return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).isEqualTo(false);
            browser.get(fx.base() + "/speakers");
            browser.findElement(By.tagName("body")).sendKeys("/");
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("top-q");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }
}
