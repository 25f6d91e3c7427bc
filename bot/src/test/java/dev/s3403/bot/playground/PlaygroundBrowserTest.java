package dev.s3403.bot.playground;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): paste a public scenario's error, answer a question, paste a CLI output, and see the
 * diagnosis change as the engine says it should. Saves a screenshot in {@code bot/target/playground.png}.
 */
class PlaygroundBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Playground playground;
  private ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!available) {
      System.err.println("\n*** NO BROWSER: /usr/bin/chromium and /usr/bin/chromedriver are missing; the playground's browser"
          + " test is SKIPPED. Install them with: apt-get install -y chromium chromium-driver ***\n");
    }
    Assumptions.assumeTrue(available, "NO BROWSER: install chromium and chromium-driver to run the playground's browser test");
    playground = Playground.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,1600");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) browser.quit();
    if (playground != null) playground.close();
  }

  @Test
  void should_sharpen_the_diagnosis_in_the_page_as_a_question_is_answered_and_an_output_pasted() throws Exception {
    // GIVEN the page, and p009's error (HeadObject on a Requester Pays bucket, from the text alone)
    browser.get(playground.uri("/playground/").toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.findElement(By.id("error-text")).sendKeys(Playground.scenario("p009").get("error").asText());
    browser.findElement(By.id("start-send")).click();
    // THEN the first answer says the object may be missing, and asks whether it exists
    wait.until(d -> botMessages().size() >= 1);
    then(botMessages().getLast().getText()).contains("missing-object-masked-as-403");
    // WHEN the user answers that the object exists
    WebElement exists = browser.findElements(By.cssSelector(".question")).stream()
        .filter(q -> q.getText().toLowerCase().contains("exist")).findFirst().orElseThrow();
    exists.findElements(By.cssSelector("button.option")).stream().filter(b -> b.getText().equals("yes")).findFirst().orElseThrow().click();
    // THEN the missing-object cause is ruled out in the next answer
    wait.until(d -> botMessages().size() >= 2);
    then(botMessages().getLast().getText()).contains("Ruled out").contains("missing-object-masked-as-403");
    // WHEN the user pastes `aws s3api get-bucket-request-payment` output into the thread
    browser.findElement(By.id("reply-text")).sendKeys("$ aws s3api get-bucket-request-payment --bucket bluefin-freight-benchmarks\n"
        + "{\n    \"Payer\": \"Requester\"\n}\n");
    browser.findElement(By.id("reply-send")).click();
    // THEN Requester Pays is the confirmed cause
    wait.until(d -> botMessages().size() >= 3);
    String last = botMessages().getLast().getText();
    then(last).contains("requester-pays-header-missing").contains("confirmed");
    then(browser.findElement(By.id("alert")).getText()).isBlank();
    Path shot = Path.of("target/playground.png");
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    then(Files.size(shot)).isPositive();
  }

  @Test
  void should_fit_a_narrow_window_and_show_bad_input_in_the_page() throws Exception {
    // GIVEN a phone-sized window
    browser.manage().window().setSize(new Dimension(360, 800));
    browser.get(playground.uri("/playground/").toString());
    // THEN nothing scrolls sideways, and every text field has a label
    Object width = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    then(((Number) width).intValue()).isLessThanOrEqualTo(360);
    for (WebElement field : browser.findElements(By.cssSelector("textarea, input[type=file]"))) {
      then(browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))).as(field.getAttribute("id")).isNotEmpty();
    }
    // WHEN a conversation is started and a file of binary junk is uploaded as its evidence bundle
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.findElement(By.id("error-text")).sendKeys(Playground.scenario("p004").get("error").asText());
    browser.findElement(By.id("start-send")).click();
    wait.until(d -> botMessages().size() >= 1);
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    Path file = Files.write(Files.createTempFile("junk", ".json"), junk);
    browser.findElement(By.id("bundle-file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("bundle-send")).click();
    // THEN the page shows the server's one-line message, and the server still serves
    wait.until(d -> !d.findElement(By.id("alert")).getText().isBlank());
    then(browser.findElement(By.id("alert")).getText()).isNotBlank().doesNotContain("Exception");
    Files.deleteIfExists(file);
    // WHEN a valid JSON file that is not a bundle is uploaded, and then a 10 MB paste is sent
    clearAlert();
    Path notBundle = Files.writeString(Files.createTempFile("not-a-bundle", ".json"), "{\"format\": \"s3-403/evidence@1\", \"buckets\": 42}");
    browser.findElement(By.id("bundle-file")).sendKeys(notBundle.toAbsolutePath().toString());
    browser.findElement(By.id("bundle-send")).click();
    wait.until(d -> !d.findElement(By.id("alert")).getText().isBlank());
    then(browser.findElement(By.id("alert")).getText()).contains("buckets");
    Files.deleteIfExists(notBundle);
    clearAlert();
    ((JavascriptExecutor) browser).executeScript("document.getElementById('reply-text').value = 'x'.repeat(10 * 1024 * 1024);");
    browser.findElement(By.id("reply-send")).click();
    wait.until(d -> !d.findElement(By.id("alert")).getText().isBlank());
    then(browser.findElement(By.id("alert")).getText()).contains("larger than 1 MiB");
    browser.get(playground.uri("/playground/").toString());
    then(browser.findElement(By.id("error-text")).isDisplayed()).isTrue();
  }

  @Test
  void should_be_usable_with_the_keyboard_alone() {
    // GIVEN the page, used without a mouse
    browser.get(playground.uri("/playground/").toString());
    WebElement error = browser.findElement(By.id("error-text"));
    error.sendKeys(Playground.scenario("p004").get("error").asText());
    // WHEN the user tabs from the paste to the next control and presses Enter
    error.sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    then(focused.getAttribute("id")).isEqualTo("start-send");
    focused.sendKeys(org.openqa.selenium.Keys.ENTER);
    // THEN the diagnosis arrives, and its question or copy buttons are reachable by Tab as real buttons
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> botMessages().size() >= 1);
    then(botMessages().getFirst().getText()).contains("bucket-policy-explicit-deny");
    then(browser.findElements(By.cssSelector("#thread button"))).allSatisfy(b -> then(b.getAttribute("tabindex")).isNotEqualTo("-1"));
  }

  private void clearAlert() {
    ((JavascriptExecutor) browser).executeScript("document.getElementById('alert').textContent = '';");
  }

  private List<WebElement> botMessages() {
    return browser.findElements(By.cssSelector("#thread li.message.bot"));
  }

}
