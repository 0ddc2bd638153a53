package vn.hcmc.initiatives.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus our mapping of refused input (and of DENY authorizations) and of unreadable bodies
 * and parameters (and negative pages) to 4xx answers that name the field.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ValidationErrorMapper.class);
        register(EngineRefusalMapper.class);
        register(UnreadableRequest.WrongValue.class);
        register(UnreadableRequest.NotJson.class);
        register(UnreadableRequest.WrongParameter.class);
        register(UnreadableRequest.NegativePage.class);
    }
}
