package io.webhooks4j.spring;

import io.webhooks4j.servlet.WebhookServlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;

/**
 * The servlet the starter mounts at the webhook paths: the servlet adapter's {@link WebhookServlet}, given
 * the request as it was before the {@link WebhookPathGuard}, so its body is read once, by the webhook
 * servlet, within the provider's limit, and its method and URL are those the sender sent (not a method
 * override from a filter).
 */
public final class WebhookPathServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final WebhookServlet delegate;

    WebhookPathServlet(WebhookServlet delegate) {
        this.delegate = delegate;
    }

    /** The servlet adapter's servlet that handles the deliveries. */
    public WebhookServlet delegate() {
        return delegate;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        delegate.init(config);
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        delegate.service(WebhookPathGuard.unguarded(request), response);
    }

    @Override
    public void destroy() {
        delegate.destroy();
        super.destroy();
    }

    @Override
    public String toString() {
        return "WebhookPathServlet[" + delegate + "]";
    }
}
