package vn.hcmc.initiatives.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The database's health answers UP when a connection answers, and DOWN when the database refuses one or gives none
 * in time — without waiting for the pool to give up, and without asking it again while the first request still waits.
 */
class DatabaseHealthTest {

    private final CountDownLatch databaseAnswers = new CountDownLatch(1);
    private final AtomicInteger connectionsAsked = new AtomicInteger();

    @AfterEach
    void releaseTheWaitingCheck() {
        databaseAnswers.countDown();
    }

    @Test
    void aDatabaseThatAnswersIsUp() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:database-health");

        assertThat(new DatabaseHealth(h2, Duration.ofSeconds(10)).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsDown() {
        DataSource refusing = dataSource(() -> {
            throw new SQLException("Connection refused");
        });

        Health health = new DatabaseHealth(refusing, Duration.ofSeconds(10)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error").toString()).contains("Failed to obtain JDBC Connection");
    }

    @Test
    void aDatabaseThatGivesNoConnectionIsDownWhileThePoolStillWaits() {
        DataSource hanging = dataSource(() -> {
            connectionsAsked.incrementAndGet();
            databaseAnswers.await();
            throw new SQLException("Connection is not available, request timed out after 30000ms");
        });
        DatabaseHealth health = new DatabaseHealth(hanging, Duration.ofMillis(200));

        Health first = health.health();
        Health second = health.health();

        assertThat(databaseAnswers.getCount()).as("the pool is still waiting").isEqualTo(1);
        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getDetails().get("error").toString()).contains("no connection within PT0.2S");
        assertThat(second.getStatus()).isEqualTo(Status.DOWN);
        assertThat(connectionsAsked).as("the second request waits on the first one's check").hasValue(1);
    }

    private interface ConnectionSource {
        Connection get() throws Exception;
    }

    private static DataSource dataSource(ConnectionSource connections) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connections.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
