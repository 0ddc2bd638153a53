package vn.hcmc.initiatives.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Without demo users, a service started without ADMIN_USER / ADMIN_PASSWORD would have nobody who can
 * log in and create users: refuse to start instead, before the engine touches the database.
 */
@Component
@Profile("postgres")
class FirstAdministratorRequired extends AbstractProcessEnginePlugin {

    FirstAdministratorRequired(@Value("${camunda.bpm.admin-user.id:}") String user,
                               @Value("${camunda.bpm.admin-user.password:}") String password) {
        if (user.isBlank() || password.isBlank()) {
            throw new IllegalStateException(
                    "Profile 'postgres' creates no demo users: set ADMIN_USER and ADMIN_PASSWORD for the first administrator.");
        }
    }
}
