package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FirstAdministratorRequiredTest {

    @Test
    void productionRefusesToStartWithoutTheFirstAdministrator() {
        assertThatThrownBy(() -> new FirstAdministratorRequired("", "secret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_USER");
        assertThatThrownBy(() -> new FirstAdministratorRequired("admin", " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void productionStartsWithTheFirstAdministratorGiven() {
        assertThatCode(() -> new FirstAdministratorRequired("admin", "secret")).doesNotThrowAnyException();
    }
}
