package vn.hcmc.initiatives.metrics;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (contributor {@code db}, in place of Spring Boot's), with an
 * answer in bounded time. Spring Boot's check asks the pool for a connection, and with the database gone the pool
 * waits its connection timeout (Hikari: 30 s) before it gives up: a monitor, a load balancer or a container's health
 * check (5 s in docker-compose.yml) would see no answer instead of DOWN. Here the same check runs beside the request
 * and the answer is DOWN once {@code initiatives.health.database-timeout} has passed without one. While a check is
 * still waiting, later requests wait on the same one instead of asking the pool again.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSourceHealthIndicator check;
    private final Duration timeout;
    private CompletableFuture<Health> running;

    DatabaseHealth(DataSource dataSource, @Value("${initiatives.health.database-timeout:3s}") Duration timeout) {
        this.check = new DataSourceHealthIndicator(dataSource);
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> answer = checkRunningOrNew();
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException noAnswer) {
            return Health.down().withDetail("error", "the database gave no connection within " + timeout).build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause() instanceof Exception cause ? cause : failed).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down(interrupted).build();
        }
    }

    private synchronized CompletableFuture<Health> checkRunningOrNew() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(check::health, command -> {
                Thread thread = new Thread(command, "database-health");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return running;
    }
}
