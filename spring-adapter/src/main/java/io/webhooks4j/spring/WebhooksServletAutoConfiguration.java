package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import io.webhooks4j.servlet.WebhookServlet;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Mounts the servlet adapter's {@link WebhookServlet} at {@code webhooks.path}{@code /*} in servlet web
 * applications: {@code POST /webhooks/stripe} is handled by provider {@code stripe}.
 */
@AutoConfiguration(after = WebhooksAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "jakarta.servlet.http.HttpServlet")
@ConditionalOnBean(Webhooks.class)
public final class WebhooksServletAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "webhooksServletRegistration")
    ServletRegistrationBean<WebhookServlet> webhooksServletRegistration(
            Webhooks webhooks, WebhooksProperties properties) {
        WebhookServlet servlet = new WebhookServlet(webhooks, options(properties));
        ServletRegistrationBean<WebhookServlet> registration =
                new ServletRegistrationBean<>(servlet, mapping(properties.getPath()));
        registration.setName("webhooks");
        return registration;
    }

    static WebhookServlet.Options options(WebhooksProperties properties) {
        String publicBaseUrl = properties.getTwilio().getPublicBaseUrl();
        List<String> proxies = properties.getTrustedProxies() == null ? List.of() : properties.getTrustedProxies();
        try {
            WebhookServlet.Options.Builder options = WebhookServlet.Options.builder();
            if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
                options.publicBaseUrl(publicBaseUrl);
            }
            return options.trustedProxies(proxies).build();
        } catch (IllegalArgumentException e) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    "The public URL settings are invalid (webhooks.twilio.public-base-url, webhooks.trusted-proxies): "
                            + e.getMessage(),
                    "Set webhooks.twilio.public-base-url to the absolute http(s) URL of the application's context root"
                            + " as the world sees it, or list the proxies in webhooks.trusted-proxies (IP addresses "
                            + "or CIDR ranges), not both.",
                    e);
        }
    }

    /** {@code /webhooks} or {@code /webhooks/} -> {@code /webhooks/*}. */
    static String mapping(String path) {
        String p = path == null || path.isBlank() ? "/webhooks" : path.strip();
        if (p.contains("*") || p.contains("?") || p.contains("#")) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    "webhooks.path '" + path + "' is not a plain path",
                    "Set webhooks.path to a path such as /webhooks; the provider id is added after it.");
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p + "/*";
    }
}
