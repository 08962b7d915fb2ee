package io.webhooks4j.github;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Not a test: measures the bytes allocated by one verification of a forged 25 MiB GitHub delivery (issue #15.4).
 * Run after {@code mvn -B -o -q test-compile -pl providers/github}, with webhooks4j-core and Jackson (databind, core,
 * annotations, jsr310) from {@code ~/.m2} on the class path:
 *
 * <pre>
 * java -cp providers/github/target/classes:providers/github/target/test-classes:$CORE_AND_JACKSON_JARS \
 *     io.webhooks4j.github.GitHubForgedVerifyAllocation
 * </pre>
 *
 * Measured on the project machine: 78,645,504 bytes per verification with the eager diagnosis, 1,088 bytes with the lazy one.
 */
public final class GitHubForgedVerifyAllocation {
    private GitHubForgedVerifyAllocation() {}

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        byte[] big = new byte[25 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        big[0] = '{';
        big[big.length - 1] = '}';
        WebhookRequest forged = Fixtures.unsigned("push", RawBody.of(big)).toBuilder()
                .header(GitHubHeaders.SIGNATURE_256, "sha256=" + "ab".repeat(32))
                .build();
        GitHubProvider provider = GitHubProvider.create(Fixtures.SECRET);
        long[] samples = new long[10];
        for (int i = 0; i < 13; i++) {
            long before = threads.getThreadAllocatedBytes(tid);
            try {
                provider.verify(forged);
                throw new AssertionError("a forged delivery verified");
            } catch (WebhookVerificationException expected) {
                // the pipeline asks for no diagnosis unless DEBUG is on
            }
            long allocated = threads.getThreadAllocatedBytes(tid) - before;
            if (i >= 3) {
                samples[i - 3] = allocated;
            }
        }
        Arrays.sort(samples);
        System.out.printf(
                "forged 25 MiB GitHub verify: body %d bytes, allocated per verify min %d / median %d / max %d bytes%n",
                big.length, samples[0], samples[5], samples[9]);
    }
}
