package io.webhooks4j.servlet;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookRequest;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request the filter passes on: the verified bytes, already read (so bounded by the provider's limit),
 * behind {@code getInputStream}, {@code getReader} and {@code getParameter*}. The stream and the reader are
 * independent views that each start at the first byte; each is the same object on every call. Parameters are
 * verified data only: the form body's when the content type is {@code application/x-www-form-urlencoded},
 * decoded from the verified bytes as UTF-8, preceded by the query string's only when the provider's signature
 * covers the URL (Twilio). For the others (signature over the body alone) a query parameter is not handed out,
 * so {@code ?payload=...} cannot stand in for the signed body's {@code payload}.
 */
final class VerifiedRequest extends HttpServletRequestWrapper {
    private final WebhookRequest delivery;
    private final boolean urlVerified;
    private @Nullable ServletInputStream stream;
    private @Nullable BufferedReader reader;
    private @Nullable Map<String, String[]> parameters;

    /**
     * @param urlVerified true when the provider's signature covers the URL ({@code signsUrl()}): only then are
     *     the query string's parameters verified data and handed out
     */
    VerifiedRequest(HttpServletRequest request, WebhookRequest delivery, boolean urlVerified) {
        super(request);
        this.delivery = delivery;
        this.urlVerified = urlVerified;
    }

    @Override
    public synchronized ServletInputStream getInputStream() {
        if (stream == null) {
            stream = new BytesInputStream(delivery.body().inputStream());
        }
        return stream;
    }

    /** The body decoded with the request's character encoding, or UTF-8 when it names none. */
    @Override
    public synchronized BufferedReader getReader() throws UnsupportedEncodingException {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(delivery.body().inputStream(), charset()));
        }
        return reader;
    }

    private Charset charset() throws UnsupportedEncodingException {
        String name = getCharacterEncoding();
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(name);
        }
    }

    @Override
    public int getContentLength() {
        return delivery.body().length();
    }

    @Override
    public long getContentLengthLong() {
        return delivery.body().length();
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
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

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> copy = new LinkedHashMap<>();
        parameters().forEach((name, values) -> copy.put(name, values.clone()));
        return Collections.unmodifiableMap(copy);
    }

    private synchronized Map<String, String[]> parameters() {
        if (parameters == null) {
            Map<String, List<String>> collected = new LinkedHashMap<>();
            String query = urlVerified ? getQueryString() : null;
            if (query != null) {
                add(collected, decodeOrEmpty(query));
            }
            if ("application/x-www-form-urlencoded".equals(delivery.mediaType())) {
                FormParameters form;
                try {
                    form = delivery.formParameters();
                } catch (WebhookException e) {
                    // A broken percent escape: the body's parameters are left out, the bytes stay readable.
                    form = FormParameters.empty();
                }
                add(collected, form);
            }
            Map<String, String[]> out = new LinkedHashMap<>();
            collected.forEach((name, values) -> out.put(name, values.toArray(new String[0])));
            parameters = Collections.unmodifiableMap(out);
        }
        return parameters;
    }

    private static FormParameters decodeOrEmpty(String query) {
        try {
            return FormParameters.parse(query);
        } catch (WebhookException e) {
            return FormParameters.empty();
        }
    }

    private static void add(Map<String, List<String>> collected, FormParameters form) {
        for (FormParameter p : form) {
            collected.computeIfAbsent(p.name(), n -> new ArrayList<>(1)).add(p.value());
        }
    }

    /** A servlet stream over bytes in memory: always ready, never blocks. */
    private static final class BytesInputStream extends ServletInputStream {
        private final InputStream in;

        BytesInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
