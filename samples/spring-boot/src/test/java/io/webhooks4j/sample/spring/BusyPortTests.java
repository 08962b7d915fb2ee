package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** PORT is honoured, and a busy one is named with the way to choose another (#16.11). */
@ExtendWith(OutputCaptureExtension.class)
class BusyPortTests {
    @Test
    void saysWhichPortIsTakenAndHowToChooseAnother(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatException()
                    .isThrownBy(() -> SpringApplication.run(
                            SampleApplication.class, "--PORT=" + port, "--spring.jmx.enabled=false"));
            assertThat(output)
                    .contains("APPLICATION FAILED TO START")
                    .contains("could not listen on port " + port + ": it is already in use")
                    .contains("PORT=8081 mvn -B -q -pl samples/spring-boot exec:java");
        }
    }
}
