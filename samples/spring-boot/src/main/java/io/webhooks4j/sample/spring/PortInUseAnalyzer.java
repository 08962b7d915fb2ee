package io.webhooks4j.sample.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/** A busy port: which one, and how to start the sample on another. Ahead of Spring Boot's own analyzer. */
class PortInUseAnalyzer extends AbstractFailureAnalyzer<PortInUseException> implements Ordered {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        int port = cause.getPort();
        return new FailureAnalysis(
                "The webhooks4j sample could not listen on port " + port
                        + ": it is already in use (another application, or another copy of this sample).",
                "Stop what listens on port " + port + ", or start the sample on another port with the PORT "
                        + "variable: PORT=8081 mvn -B -q -pl samples/spring-boot exec:java (PORT=0 picks a free "
                        + "port, printed at start-up).",
                cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
