package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

class FirstAdministratorRequiredTest {

    @Test
    void productionRefusesToStartWithoutTheFirstAdministrator() {
        assertThatThrownBy(() -> new FirstAdministratorRequired("", "secret", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_USER");
        assertThatThrownBy(() -> new FirstAdministratorRequired("admin", " ", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void productionStartsWithTheFirstAdministratorGiven() {
        assertThatCode(() -> new FirstAdministratorRequired("admin", "secret", false)).doesNotThrowAnyException();
    }

    @Test
    void underThePasswordPolicyAWeakAdministratorPasswordIsRefusedNamingTheRulesItBreaks() {
        assertThatThrownBy(() -> new FirstAdministratorRequired("admin", "secret", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD")
                .hasMessageContaining("LENGTH").hasMessageContaining("UPPERCASE").hasMessageContaining("DIGIT");
        assertThatThrownBy(() -> new FirstAdministratorRequired("admin", "Admin#2026-hcm", true))
                .as("contains the user's id").hasMessageContaining("USER_DATA");
        assertThatCode(() -> new FirstAdministratorRequired("admin", "Sáng-Kiến#2026", true)).doesNotThrowAnyException();
    }

    @Test
    void theProductionProfileTurnsThePasswordPolicyOnAndTheDemoProfileDoesNot() {
        assertThat(yaml("application-postgres.yaml").getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy"))
                .isEqualTo("${PASSWORD_POLICY_ENABLED:true}");
        assertThat(yaml("application.yaml").getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy")).isNull();
        assertThat(yaml("application-demo.yaml").getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy")).isNull();
    }

    private static Properties yaml(String name) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(new ClassPathResource(name));
        return factory.getObject();
    }
}
