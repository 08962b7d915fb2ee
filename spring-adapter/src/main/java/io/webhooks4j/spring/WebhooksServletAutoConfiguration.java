package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import io.webhooks4j.servlet.WebhookServlet;
import jakarta.servlet.DispatcherType;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Mounts the servlet adapter's {@link WebhookServlet} at {@code webhooks.path}{@code /*} in servlet web
 * applications: {@code POST /webhooks/stripe} is handled by provider {@code stripe}. A {@link
 * WebhookPathGuard} filter keeps the application's filters from reading a delivery's body first.
 */
@AutoConfiguration(after = WebhooksAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "jakarta.servlet.http.HttpServlet")
@ConditionalOnBean(Webhooks.class)
public final class WebhooksServletAutoConfiguration {
    /** The servlet options' properties (checked by {@link WebhooksPropertyCheck}). */
    static final List<String> SERVLET_PROPERTIES = List.of(
            "webhooks.forwarded-headers",
            "webhooks.forwarded-prefix",
            "webhooks.allowed-hosts",
            "webhooks.body-timeout");

    /** Those of them that are lists. */
    static final List<String> SERVLET_LIST_PROPERTIES = List.of("webhooks.allowed-hosts");

    private static final System.Logger LOG = System.getLogger(WebhooksServletAutoConfiguration.class.getName());

    @Bean
    @ConditionalOnMissingBean(name = "webhooksServletRegistration")
    ServletRegistrationBean<WebhookPathServlet> webhooksServletRegistration(
            Webhooks webhooks, WebhooksProperties properties, ConfiguredProviders configured) {
        String mapping = mapping(properties.getPath());
        WebhookPathServlet servlet =
                new WebhookPathServlet(new WebhookServlet(webhooks, options(properties, configured.publicBaseUrl())));
        ServletRegistrationBean<WebhookPathServlet> registration = new ServletRegistrationBean<>(servlet, mapping);
        registration.setName("webhooks");
        // the servlet adapter may read bodies with non-blocking IO (request.startAsync())
        registration.setAsyncSupported(true);
        LOG.log(Level.INFO, () -> mounted(webhooks, configured, mapping));
        return registration;
    }

    /**
     * The {@link WebhookPathGuard} on the webhook paths, before every body-reading filter (Spring MVC's form
     * and method filters, Spring Security, the application's).
     */
    @Bean
    @ConditionalOnMissingBean(name = "webhooksPathGuardRegistration")
    FilterRegistrationBean<WebhookPathGuard> webhooksPathGuardRegistration(WebhooksProperties properties) {
        FilterRegistrationBean<WebhookPathGuard> registration = new FilterRegistrationBean<>(new WebhookPathGuard());
        registration.setName("webhooksPathGuard");
        registration.addUrlPatterns(mapping(properties.getPath()));
        registration.setOrder(WebhookPathGuard.ORDER);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * {@code webhooks4j receives POST /webhooks/<id> (keys key-1, key-2), ...}: the key ids each provider
     * verifies with, as it lists them, else those of the keyring the starter made from its secrets.
     */
    static String mounted(Webhooks webhooks, ConfiguredProviders configured, String mapping) {
        String base = mapping.substring(0, mapping.length() - 2);
        StringBuilder line = new StringBuilder("webhooks4j receives ");
        List<String> parts = new ArrayList<>();
        for (String id : webhooks.providerIds()) {
            List<String> keyIds = webhooks.provider(id).map(p -> p.keyIds()).orElse(List.of());
            if (keyIds.isEmpty()) {
                keyIds = configured.keyIds(id);
            }
            parts.add("POST " + base + "/" + id
                    + (keyIds.isEmpty()
                            ? ""
                            : " (key" + (keyIds.size() > 1 ? "s " : " ") + String.join(", ", keyIds) + ")"));
        }
        return line.append(parts.isEmpty() ? "nothing (no provider)" : String.join(", ", parts))
                .toString();
    }

    /** The servlet options of {@code properties}, with the public base URL of {@code webhooks.public-base-url}. */
    static WebhookServlet.Options options(WebhooksProperties properties) {
        String url = properties.getPublicBaseUrl();
        return options(
                properties,
                url == null || url.isBlank()
                        ? null
                        : new ConfiguredProviders.PublicBaseUrl(url.strip(), ConfiguredProviders.PUBLIC_BASE_URL));
    }

    static WebhookServlet.Options options(
            WebhooksProperties properties, ConfiguredProviders.@Nullable PublicBaseUrl publicBaseUrl) {
        List<String> proxies = properties.getTrustedProxies() == null ? List.of() : properties.getTrustedProxies();
        List<String> hosts = properties.getAllowedHosts() == null ? List.of() : properties.getAllowedHosts();
        String urlProperty = publicBaseUrl == null ? ConfiguredProviders.PUBLIC_BASE_URL : publicBaseUrl.property();
        try {
            WebhookServlet.Options.Builder options = WebhookServlet.Options.builder();
            if (publicBaseUrl != null) {
                options.publicBaseUrl(publicBaseUrl.url());
            }
            if (properties.getForwardedHeaders() != null) {
                options.forwardedHeaders(properties.getForwardedHeaders());
            }
            if (properties.getBodyTimeout() != null) {
                options.bodyTimeout(properties.getBodyTimeout());
            }
            return options.trustedProxies(proxies)
                    .forwardedPrefix(properties.isForwardedPrefix())
                    .allowedHosts(hosts)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    "The webhook servlet's settings are invalid (" + urlProperty + ", "
                            + "webhooks.trusted-proxies, webhooks.forwarded-headers, webhooks.forwarded-prefix, "
                            + "webhooks.allowed-hosts, webhooks.body-timeout): " + e.getMessage(),
                    "Set " + urlProperty + " to the absolute http(s) URL of the application's context root"
                            + " as the world sees it, or list the proxies in webhooks.trusted-proxies (IP addresses "
                            + "or CIDR ranges), not both; webhooks.forwarded-headers and webhooks.forwarded-prefix "
                            + "need webhooks.trusted-proxies; webhooks.allowed-hosts are host names without scheme "
                            + "or port (including the public base URL's); webhooks.body-timeout is positive.",
                    e);
        }
    }

    /** {@code /webhooks} or {@code /webhooks/} -> {@code /webhooks/*}. */
    static String mapping(@Nullable String path) {
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
