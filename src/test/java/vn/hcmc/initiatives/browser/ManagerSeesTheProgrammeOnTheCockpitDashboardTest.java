package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.support.Scenario;

/** Cockpit's start page shows the programme's numbers to a manager, without a second login. */
@BrowserTest
class ManagerSeesTheProgrammeOnTheCockpitDashboardTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;

    @Test
    void xuanSeesTheInitiativesPerAgencyAndStageOnTheDashboard() {
        scenario.register("hai", Scenario.registration("sxd"));
        Cockpit cockpit = new Cockpit(browser);

        cockpit.logIn("xuan");
        String heading = browser.visible(By.xpath("//h2[contains(., 'Sáng kiến đột phá năm')]")).getText();
        browser.step("dashboard");

        assertThat(heading).contains(String.valueOf(ServiceClock.today().getYear()));
        String row = browser.visible(By.xpath("//table[contains(@class, 'sang-kien-table')]//tr[td[contains(., '(sxd)')]]"))
                .getText();
        assertThat(row).contains("Sở Xây dựng");
        assertThat(browser.visible(By.xpath("//h3[contains(., 'Kết quả trong năm')]")).isDisplayed()).isTrue();
    }
}
