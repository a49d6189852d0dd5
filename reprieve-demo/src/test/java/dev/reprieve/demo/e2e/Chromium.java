package dev.reprieve.demo.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven through Debian's {@code chromium-driver}, headless. Both paths are
 * given to Selenium explicitly, so Selenium Manager never downloads a browser or a driver
 * ({@code SE_OFFLINE=true} is set for the tests as well). Override with {@code -Dreprieve.chromium=} and
 * {@code -Dreprieve.chromedriver=}.
 */
final class Chromium {

    static final String BROWSER = System.getProperty("reprieve.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("reprieve.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean available() {
        return new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
    }

    static String unavailableMessage() {
        return "Chromium is not installed (" + BROWSER + ", " + DRIVER + "): install it with .ci/browser"
                + " (apt-get install chromium chromium-driver)";
    }

    /** A fresh headless browser with its own profile directory. */
    static WebDriver start() throws IOException {
        Path profile = Files.createTempDirectory("reprieve-chromium-");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
