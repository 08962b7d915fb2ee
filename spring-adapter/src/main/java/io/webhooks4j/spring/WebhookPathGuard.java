package io.webhooks4j.spring;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the body of a webhook delivery away from every filter between this one and the webhook servlet.
 *
 * <p>Spring MVC's {@code FormContentFilter} reads the form body of a PUT, PATCH or DELETE, {@code
 * HiddenHttpMethodFilter} and Spring Security's CSRF check read the form parameters of a POST, and any
 * application filter may call {@code getParameter}: each reads the whole body, unbounded, before the webhook
 * servlet applies the provider's limit, and leaves nothing for the signature check. Registered first on the
 * webhook paths (order {@link #ORDER}), this filter hands the rest of the chain a request whose body is empty
 * and whose parameters are the query string's only; the {@link WebhookPathServlet} at the end of the chain
 * takes the request as it was before this filter, with its body untouched, its method and URL as sent.
 */
final class WebhookPathGuard implements Filter {
    /**
     * Before Spring MVC's {@code HiddenHttpMethodFilter} (-10000) and {@code FormContentFilter} (-9900) and
     * Spring Security (-100), after the character-encoding and observation filters (which read no body).
     */
    static final int ORDER = -10_100;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            chain.doFilter(new Guarded(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request as it reached the guard, when {@code request} is (or wraps) a guarded one; else itself. */
    static ServletRequest unguarded(ServletRequest request) {
        ServletRequest current = request;
        for (int depth = 0; depth < 64 && current != null; depth++) {
            if (current instanceof Guarded guarded) {
                return guarded.getRequest();
            }
            if (!(current instanceof ServletRequestWrapper wrapper)) {
                break;
            }
            current = wrapper.getRequest();
        }
        return request;
    }

    /** A webhook request as the filters between the guard and the servlet see it: no body to read. */
    static final class Guarded extends HttpServletRequestWrapper {
        private @Nullable Map<String, String[]> queryParameters;

        Guarded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new EmptyInputStream();
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new StringReader(""));
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        private Map<String, String[]> parameters() {
            if (queryParameters == null) {
                queryParameters = Collections.unmodifiableMap(parseQuery(getQueryString()));
            }
            return queryParameters;
        }
    }

    /** {@code a=1&b=%zz&a=2}: decoded as UTF-8, {@code +} as a space, a malformed escape kept as it is. */
    static Map<String, String[]> parseQuery(@Nullable String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return result;
    }

    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%'
                    && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static final class EmptyInputStream extends ServletInputStream {
        @Override
        public boolean isFinished() {
            return true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }

        @Override
        public int read() {
            return -1;
        }
    }
}
