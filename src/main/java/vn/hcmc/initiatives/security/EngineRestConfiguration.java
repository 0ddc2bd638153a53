package vn.hcmc.initiatives.security;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus our mapping of refused input (and of DENY authorizations) and of unreadable bodies
 * and parameters (and negative pages) to 4xx answers that name the field. The web apps' own copy of the same API
 * ({@code /camunda/api/engine}, what Tasklist submits its forms to) gets them too ({@link WebAppsEngineApiRefusals}).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    /** Our answers to what Camunda's REST API would answer with a 500 or an empty message. */
    static final List<Class<?>> REFUSALS = List.of(ValidationErrorMapper.class, EngineRefusalMapper.class,
            UnreadableRequest.WrongValue.class, UnreadableRequest.NotJson.class, UnreadableRequest.WrongParameter.class,
            UnreadableRequest.NegativePage.class);

    @Override
    protected void registerAdditionalResources() {
        REFUSALS.forEach(this::register);
    }
}
