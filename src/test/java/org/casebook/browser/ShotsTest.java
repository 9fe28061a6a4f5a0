package org.casebook.browser;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

class ShotsTest {

  private static void tall(Browser b, String name) {
    long h = (Long) b.driver.executeScript("return document.body.scrollHeight");
    b.driver.manage().window().setSize(new Dimension(1280, (int) Math.min(h + 100, 9000)));
    b.screenshot(name);
    b.driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void shots() throws Exception {
    try (Browser b = new Browser(new URL("http://localhost:8080/"))) {
      b.signIn("ruth.trainer", "good-life-demo");
      b.open("/training/index.xhtml");
      tall(b, "t1-home");
      b.assertAccessible("t1");
      b.open("/training/records.xhtml");
      tall(b, "t2-records");
      b.assertAccessible("t2");
      b.driver.findElements(By.cssSelector("input[id$='takeButton']")).get(0).click();
      b.waitForPage();
      tall(b, "t3-case");
      b.assertAccessible("t3");
      System.out.println(b.url());
    }
  }
}
