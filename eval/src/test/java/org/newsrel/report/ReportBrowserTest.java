package org.newsrel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.t;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.score.Bootstrap;
import org.newsrel.score.ErrorKind;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a report built from small made-up brat inputs in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs) and checks
 * that its script works: documents open on demand, an entity's identity cluster is
 * highlighted across documents, details show rule and confidence, a system that does not
 * produce a layer says so, the error list filters, and nothing is logged to the console as
 * an error. One browser session for all checks; the page as seen at the end goes to
 * {@code target/report-browser-test.png}. Without chromium the test fails, naming the
 * packages to install: it never skips.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserTest {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  private static final String A = "Volodymyr Zelensky spoke in Kyiv. “We hold,” Zelensky said. Kim Jong Un sent troops.";
  private static final String B = "Zelensky visited Kursk. Ukrainian forces captured two soldiers.";

  @TempDir
  static Path dir;
  private static WebDriver driver;
  private static EvalReport report;

  @BeforeAll
  static void openReport() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
            + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
    report = report();
    ReportWriter.writeAll(report, dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1800", "--allow-file-access-from-files");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    driver.get(dir.resolve("report.html").toUri().toString());
  }

  @AfterAll
  static void close() throws Exception {
    if (driver != null) {
      try {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Paths.get("target");
        Files.createDirectories(target);
        Files.copy(png.toPath(), target.resolve("report-browser-test.png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        driver.quit();
      }
    }
  }

  /**
   * Gold: Zelensky twice in a, once in b (one id). newsrel finds them, calls Kim Jong Un an
   * organisation and misses Kursk and the Captor; quote-only writes one attribution (wrong
   * Source, no Cue) and has no file for b.
   */
  static EvalReport report() {
    String zelensky = "N1\tReference T1 newsrel:volodymyr-zelensky\tVolodymyr Zelensky";
    BratDocument goldA = doc("a", A, t(A, "T1", "PERSON", "Volodymyr Zelensky"), t(A, "T2", "LOCATION", "Kyiv"),
        t(A, "T3", "PERSON", "Zelensky", 20), t(A, "T4", "Content", "“We hold,”"), t(A, "T5", "Cue", "said"),
        t(A, "T6", "Attribution", "said"), t(A, "T7", "PERSON", "Kim Jong Un"),
        "E1\tAttribution:T6 Content:T4 Cue:T5 Source:T3", "A1\tKind E1 Direct", zelensky,
        "N2\tReference T3 newsrel:volodymyr-zelensky\tVolodymyr Zelensky",
        "N3\tReference T7 newsrel:kim-jong-un\tKim Jong Un");
    BratDocument goldB = doc("b", B, t(B, "T1", "PERSON", "Zelensky"), t(B, "T2", "LOCATION", "Kursk"),
        t(B, "T3", "Capture", "captured"), t(B, "T4", "Captive", "two soldiers"), t(B, "T5", "Captor",
            "Ukrainian forces"), "E1\tCapture:T3 Captive:T4 Captor:T5", "A1\tModality E1 Asserted", zelensky);
    BratDocument predA = doc("a", A, t(A, "T1", "PERSON", "Volodymyr Zelensky"), t(A, "T2", "LOCATION", "Kyiv"),
        t(A, "T3", "PERSON", "Zelensky", 20), t(A, "T4", "Content", "“We hold,”"), t(A, "T5", "Cue", "said"),
        t(A, "T7", "ORGANIZATION", "Kim Jong Un"), "E1\tAttribution:T5 Content:T4 Cue:T5 Source:T3",
        "A1\tKind E1 Indirect", zelensky, "N2\tReference T3 newsrel:volodymyr-zelensky\tVolodymyr Zelensky");
    BratDocument predB = doc("b", B, t(B, "T1", "PERSON", "Zelensky"), t(B, "T3", "Capture", "captured"),
        t(B, "T4", "Captive", "two soldiers"), "E1\tCapture:T3 Captive:T4", "A1\tModality E1 Asserted", zelensky);
    BratDocument quoteA = doc("a", A, t(A, "T1", "Source", "Kim Jong Un"), t(A, "T2", "Content", "“We hold,”"),
        t(A, "T3", "Attribution", "“"), "E1\tAttribution:T3 Content:T2 Source:T1");
    BratCorpus gold = new BratCorpus(List.of(goldA, goldB), List.of(), List.of());
    LinkedHashMap<String, BratCorpus> systems = new LinkedHashMap<>();
    systems.put("newsrel", new BratCorpus(List.of(predA, predB), List.of(), List.of()));
    systems.put("quote-only", new BratCorpus(List.of(quoteA, BratDocument.empty("b", B)), List.of(), List.of(),
        List.of("b"), java.util.Set.of()));
    Provenance rules = new Provenance(Map.of("a", Provenance.parse("""
        {"entities": [{"type": "PERSON", "begin": 0, "end": 18, "rule": "gazetteer:people", "confidence": 0.8}],
         "attributions": [], "relations": []}""")));
    return Evaluation.run(EvalOptions.defaults().withBootstrap(new Bootstrap(1L, 50, 0.95)), gold, systems,
        Map.of("newsrel", rules));
  }

  private static WebElement open(String doc) {
    WebElement d = driver.findElement(By.id("doc-" + doc));
    if (d.getAttribute("open") == null) {
      d.findElement(By.tagName("summary")).click();
    }
    return d;
  }

  /** Picks an option as a user does, by clicking it (what Selenium's Select does too). */
  private static void choose(String select, String value) {
    driver.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
  }

  private static List<WebElement> pieces(WebElement doc, String column, String css) {
    return doc.findElements(By.cssSelector(".col[data-col='" + column + "'] .m" + css));
  }

  @Test
  @Order(1)
  void documentsOpenWithTitlesAndDrawGoldBesideTheSystem() {
    WebElement a = open("a");
    assertEquals("Volodymyr Zelensky spoke in Kyiv. “We hold,” Zelensky said. Kim Jong Un sent troops.",
        a.findElement(By.cssSelector("summary .title")).getText());
    assertEquals(List.of("gold", "newsrel"),
        a.findElements(By.cssSelector(".col")).stream().map(c -> c.getAttribute("data-col")).toList());
    // Kim Jong Un: PERSON in gold, ORGANIZATION predicted, so a false positive in newsrel's column.
    assertEquals(1, pieces(a, "newsrel", ".fp.e-ORGANIZATION").size());
    assertEquals(1, pieces(a, "newsrel", ".fn").size(), "the missed PERSON Kim Jong Un, dashed");
  }

  @Test
  @Order(2)
  void clickingAnEntityHighlightsItsIdentityClusterAcrossDocuments() {
    WebElement a = open("a");
    WebElement first = pieces(a, "gold", "[data-cid='volodymyr-zelensky']").get(0);
    first.click();
    assertEquals(2, pieces(a, "gold", ".cluster").size(), "both Zelensky mentions of document a");
    assertEquals(0, pieces(a, "newsrel", ".cluster").size(), "ids are a column's own: gold's cluster only");
    assertEquals("3", driver.findElement(By.id("cluster-count")).getText(), "mentions in all documents");
    assertTrue(driver.findElement(By.id("doc-b")).findElement(By.cssSelector(".badge.cl")).getText()
        .startsWith("1 ×"), "document b is marked as holding the cluster before it is opened");
    WebElement b = open("b");
    List<WebElement> inB = pieces(b, "gold", ".cluster");
    assertEquals(1, inB.size());
    assertEquals("Zelensky", inB.get(0).getText());
    assertTrue(driver.findElement(By.id("info")).getText().contains("Identity cluster volodymyr-zelensky: 3 mentions"));
  }

  @Test
  @Order(3)
  void detailsShowRuleConfidenceAndTheEventRoles() {
    WebElement a = open("a");
    pieces(a, "newsrel", ".e-PERSON").get(0).click();
    String info = driver.findElement(By.id("info")).getText();
    assertTrue(info.contains("gazetteer:people"), info);
    assertTrue(info.contains("0.800"), info);
    choose("doc-layer", "attributions");
    WebElement cue = pieces(a, "newsrel", ".r-Cue").get(0);
    cue.click();
    info = driver.findElement(By.id("info")).getText();
    assertTrue(info.contains("E1 Attribution"), info);
    assertTrue(info.contains("Kind Indirect"), info);
    assertTrue(info.contains("Source T3: «Zelensky»"), info);
    assertFalse(a.findElements(By.cssSelector(".col[data-col='newsrel'] sup.tag")).isEmpty(), "role tags");
    choose("doc-layer", "entities");
  }

  @Test
  @Order(4)
  void aSystemThatDoesNotProduceALayerSaysSo() {
    WebElement a = open("a");
    choose("doc-system", "quote-only");
    assertTrue(a.findElement(By.cssSelector(".col[data-col='quote-only'] .notprod")).getText()
        .contains("quote-only does not produce entities"));
    choose("doc-system", "newsrel");
    String systems = driver.findElement(By.cssSelector("table.systems")).getText();
    assertTrue(systems.contains("1 of 2 (1 missing)"), systems);
  }

  @Test
  @Order(5)
  void theErrorListFiltersBySystemLayerAndType() {
    long newsrelFn = report.errors().stream()
        .filter(e -> e.system().equals("newsrel") && e.kind() == ErrorKind.FN).count();
    long quoteOnly = report.errors().stream().filter(e -> e.system().equals("quote-only")).count();
    assertTrue(newsrelFn > 0 && quoteOnly > 0);
    choose("err-system", "newsrel");
    choose("err-kind", "FN");
    List<WebElement> rows = driver.findElements(By.cssSelector("#err-table tbody tr"));
    assertEquals(newsrelFn, rows.size());
    for (WebElement r : rows) {
      List<WebElement> cells = r.findElements(By.tagName("td"));
      assertEquals("newsrel", cells.get(0).getText());
      assertEquals("FN", cells.get(5).getText());
    }
    choose("err-system", "quote-only");
    choose("err-kind", "");
    choose("err-layer", "entities");
    assertEquals(0, driver.findElements(By.cssSelector("#err-table tbody tr")).size(),
        "quote-only does not produce entities: none of its entity misses is listed");
    choose("err-layer", "");
    assertEquals(quoteOnly, driver.findElements(By.cssSelector("#err-table tbody tr")).size());
    choose("err-system", "");
  }

  @Test
  @Order(99)
  void nothingIsLoggedAsAnErrorOnTheConsole() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    List<String> severe = entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString).toList();
    assertEquals(List.of(), severe, "console errors");
  }
}
