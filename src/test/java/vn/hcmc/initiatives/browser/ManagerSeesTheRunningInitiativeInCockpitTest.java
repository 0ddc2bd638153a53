package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Scenario;

/** Managers follow the initiatives in Cockpit, read only, by the business key the service assigns. */
@BrowserTest
class ManagerSeesTheRunningInitiativeInCockpitTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;

    @Test
    void xuanFindsTheRunningInitiativeByItsBusinessKey() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Cockpit cockpit = new Cockpit(browser);

        cockpit.logIn("xuan");
        browser.step("xuan in Cockpit");
        cockpit.openProcesses();
        browser.step("processes");
        cockpit.openProcess(InitiativeProcess.KEY);

        assertThat(cockpit.businessKeysListing(initiative.getBusinessKey())).contains(initiative.getBusinessKey());
        assertThat(cockpit.businessKeyColumn()).isEqualTo("Mã nghiệp vụ");
        browser.step("running initiatives with their business keys");
    }
}
