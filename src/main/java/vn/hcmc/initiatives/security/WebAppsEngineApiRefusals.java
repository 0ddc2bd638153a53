package vn.hcmc.initiatives.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The web apps reach the engine through a copy of the REST API of their own ({@code /camunda/api/engine}), which
 * Camunda's web app starter sets up as a JAX-RS application we cannot configure: Tasklist submits every form there.
 * Without our refusals, a submission the server refuses (a value a form's own check missed, a field the form does
 * not have) came back to Tasklist as a 500 "ENGINE-03051 There was an exception while invoking the TaskListener";
 * with them it is the same 400 naming the field that {@code /engine-rest} answers. Jersey runs this for every
 * application it starts (META-INF/services); it registers the refusals only in those that serve the engine's
 * REST resources and do not have them yet.
 */
@Priority(1)
public class WebAppsEngineApiRefusals implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getClasses().contains(NamedProcessEngineRestServiceImpl.class)
                && !context.getConfiguration().isRegistered(ValidationErrorMapper.class)) {
            EngineRestConfiguration.REFUSALS.forEach(context::register);
        }
    }
}
