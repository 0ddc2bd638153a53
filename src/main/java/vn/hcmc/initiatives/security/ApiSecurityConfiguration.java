package vn.hcmc.initiatives.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
        registration.setName("api-authentication");
        // Metrics tell a lot about the agencies' work: scraping needs a Camunda user too.
        registration.addUrlPatterns("/api/*", "/actuator/prometheus");
        return registration;
    }
}
