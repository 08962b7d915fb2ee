package io.webhooks4j.kafka;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the {@link TestBroker} when the test run ends, before the JVM exits (registered in META-INF/services). */
public final class TestBrokerSession implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestBroker.stop();
        } catch (Exception e) {
            System.err.println("The test Kafka broker did not stop cleanly: " + e);
        }
    }
}
