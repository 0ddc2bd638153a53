package vn.hcmc.initiatives.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * A journey through the web apps in a real Chromium: the whole service on a random port
 * ({@link ServiceTest}), tagged {@code browser} so that only {@code mvn -Pbrowser-tests verify} runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Tag("browser")
public @interface BrowserTest {
}
