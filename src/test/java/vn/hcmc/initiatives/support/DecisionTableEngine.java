package vn.hcmc.initiatives.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The plain in-memory engine the DMN table tests run on ({@code dmn-tests.cfg.xml}). The file is not named
 * {@code camunda.cfg.xml}: the service's web apps call {@code ProcessEngines.init()}, which builds an engine
 * from every {@code camunda.cfg.xml} on the classpath, so a service started in a test JVM (the benchmark's)
 * also built this one, unused.
 */
public final class DecisionTableEngine {

    private DecisionTableEngine() {
    }

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("dmn-tests.cfg.xml").build();
    }
}
