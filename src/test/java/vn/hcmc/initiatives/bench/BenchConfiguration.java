package vn.hcmc.initiatives.bench;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service as it runs, plus the two meters: SQL through a JDBC proxy, commands through an interceptor. */
@TestConfiguration(proxyBeanMethods = false)
class BenchConfiguration {

    static final String OURS_SQL = "oursSql";

    @Bean(OURS_SQL)
    static SqlCounter oursSql() {
        return new SqlCounter();
    }

    @Bean
    static CommandCounter oursCommands() {
        return new CommandCounter();
    }

    @Bean
    static BeanPostProcessor countingDataSource(@org.springframework.beans.factory.annotation.Qualifier(OURS_SQL)
                                                org.springframework.beans.factory.ObjectProvider<SqlCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
                    return counter.getObject().wrap("ours", dataSource);
                }
                return bean;
            }
        };
    }
}
