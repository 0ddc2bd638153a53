package vn.hcmc.initiatives.config;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine runs with {@code schema-update: false}, so it must not start before Liquibase has created
 * or upgraded its tables. Spring Boot orders beans found by this detector after database initialisation.
 */
public class ProcessEngineAfterLiquibase extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
