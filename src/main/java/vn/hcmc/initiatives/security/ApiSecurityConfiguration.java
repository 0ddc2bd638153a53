package vn.hcmc.initiatives.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.initiatives.api.ApiError;

@Configuration
class ApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
        registration.setName("api-authentication");
        // Metrics tell a lot about the agencies' work: scraping needs a Camunda user too.
        registration.addUrlPatterns("/api/*", "/actuator/prometheus");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /**
     * The gauges count every agency's initiatives by stage and every group's open tasks (the inspectorate's cases
     * among them): city-wide figures, which only the city-level roles and administrators see elsewhere (the
     * dashboard, Cockpit's statistics). A scraper logs in as such a user (a monitoring account in {@code managers}).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> metricsForCityLevelRoles(CurrentUser user) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (user.seesAllInitiatives()) {
                    chain.doFilter(request, response);
                    return;
                }
                ApiError.of(HttpStatus.FORBIDDEN, user.id()
                        + " may not read the city-wide metrics (city-level roles and administrators only)").writeTo(response);
            }
        });
        registration.setName("metrics-for-city-level-roles");
        registration.addUrlPatterns("/actuator/prometheus");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5); // after the authentication above
        return registration;
    }
}
