package io.webhooks4j.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts requests inside the servlet right now: a request stuck in a read would keep it above zero. */
final class InFlight implements Filter {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        count.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            count.decrementAndGet();
        }
    }

    int count() {
        return count.get();
    }

    /** Waits (polling, up to {@code max}) until no request is in flight; true when that happened. */
    boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (count.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return count.get() == 0;
    }
}
