package vn.hcmc.initiatives.security;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Without demo users, a service started without ADMIN_USER / ADMIN_PASSWORD would have nobody who can
 * log in and create users: refuse to start instead, before the engine touches the database. Under the password
 * policy (on in this profile) the engine would refuse to create the administrator with a weak ADMIN_PASSWORD,
 * deep in the start-up; it is refused here first, saying which rules it breaks. The engine uses ADMIN_PASSWORD
 * only when it creates the administrator (a first start on an empty database).
 */
@Component
@Profile("postgres")
class FirstAdministratorRequired extends AbstractProcessEnginePlugin {

    FirstAdministratorRequired(@Value("${camunda.bpm.admin-user.id:}") String user,
                               @Value("${camunda.bpm.admin-user.password:}") String password,
                               @Value("${camunda.bpm.generic-properties.properties.enablePasswordPolicy:false}")
                               boolean passwordPolicy) {
        if (user.isBlank() || password.isBlank()) {
            throw new IllegalStateException(
                    "Profile 'postgres' creates no demo users: set ADMIN_USER and ADMIN_PASSWORD for the first administrator.");
        }
        if (passwordPolicy) {
            List<String> broken = new DefaultPasswordPolicyImpl().getRules().stream()
                    .filter(rule -> !rule.execute(password, new UserEntity(user)))
                    .map(FirstAdministratorRequired::describe).toList();
            if (!broken.isEmpty()) {
                throw new IllegalStateException("ADMIN_PASSWORD does not meet the password policy: " + broken
                        + " (PASSWORD_POLICY_ENABLED=false turns the policy off).");
            }
        }
    }

    private static String describe(PasswordPolicyRule rule) {
        String name = rule.getPlaceholder().substring(rule.getPlaceholder().lastIndexOf('.') + 1);
        return rule.getParameters() == null || rule.getParameters().isEmpty() ? name : name + " " + rule.getParameters();
    }
}
