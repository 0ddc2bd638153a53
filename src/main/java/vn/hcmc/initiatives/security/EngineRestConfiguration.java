package vn.hcmc.initiatives.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources, plus our mapping of refused input (and of DENY authorizations) to 4xx answers. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ValidationErrorMapper.class);
        register(EngineRefusalMapper.class);
    }
}
