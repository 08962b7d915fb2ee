package io.webhooks4j.twilio;

import io.webhooks4j.WebhookReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A small TwiML builder for replies to incoming messages and calls. Text and attributes are escaped, and
 * characters XML cannot carry are replaced with U+FFFD, so user input is always safe to put in:
 *
 * <pre>{@code
 * .onReply(TwilioEvents.INCOMING_MESSAGE, sms -> TwiML.response().message("Got it: " + sms.payload().body()).build())
 * .onReply(TwilioEvents.INCOMING_CALL, call -> TwiML.response()
 *         .gather(TwiML.gather().input("dtmf speech").numDigits(1).action("/menu").say("Press 1 for sales"))
 *         .say("We did not hear you. Goodbye.")
 *         .hangup()
 *         .build())
 * }</pre>
 *
 * <p>A {@link Response} is a {@link WebhookReply}: 200, {@code application/xml}, UTF-8.
 */
public final class TwiML {
    /** The content type of every TwiML reply. */
    public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final Response EMPTY = new Response(DECLARATION + "<Response/>");

    private TwiML() {}

    /** A builder of a {@code <Response>}. */
    public static Builder response() {
        return new Builder();
    }

    /** {@code <Response/>}: do nothing (no message sent back; a call hangs up). */
    public static Response empty() {
        return EMPTY;
    }

    /** A {@code <Response>} that answers with one message. */
    public static Response message(String body) {
        return response().message(body).build();
    }

    /** A {@code <Response>} that says {@code text}. */
    public static Response say(String text) {
        return response().say(text).build();
    }

    /** A {@code <Message>} with options: {@code TwiML.messageOf("Hi").media(url).to("+1...")}. */
    public static Message messageOf(String body) {
        return new Message(body);
    }

    /** A {@code <Say>} with options: {@code TwiML.sayOf("Hello").voice("alice").language("en-US")}. */
    public static Say sayOf(String text) {
        return new Say(text);
    }

    /** A {@code <Gather>} to fill: attributes, then the nested {@code Say}, {@code Play} and {@code Pause}. */
    public static Gather gather() {
        return new Gather();
    }

    /** A {@code <Dial>} to fill: attributes, then the numbers, clients, SIP addresses or conference. */
    public static Dial dial() {
        return new Dial();
    }

    /** A complete TwiML document, served as {@code application/xml}. Immutable. */
    public static final class Response implements WebhookReply {
        private final String xml;

        private Response(String xml) {
            this.xml = xml;
        }

        @Override
        public int status() {
            return 200;
        }

        @Override
        public String contentType() {
            return CONTENT_TYPE;
        }

        @Override
        public byte[] body() {
            return xml.getBytes(StandardCharsets.UTF_8);
        }

        /** The document, with its XML declaration. */
        public String xml() {
            return xml;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Response other && xml.equals(other.xml);
        }

        @Override
        public int hashCode() {
            return xml.hashCode();
        }

        @Override
        public String toString() {
            return xml;
        }
    }

    /** Adds verbs in order; {@link #build()} writes the document. */
    public static final class Builder {
        private final Element response = new Element("Response");

        private Builder() {}

        /** {@code <Message>body</Message>}. */
        public Builder message(String body) {
            return message(new Message(body));
        }

        /** A {@code <Message>} with options or media. */
        public Builder message(Message message) {
            return add(Objects.requireNonNull(message, "message").element);
        }

        /** {@code <Say>text</Say>}. */
        public Builder say(String text) {
            return say(new Say(text));
        }

        /** A {@code <Say>} with voice, language or loop. */
        public Builder say(Say say) {
            return add(Objects.requireNonNull(say, "say").element);
        }

        /** {@code <Play>url</Play>}. */
        public Builder play(String url) {
            return add(new Element("Play").text(url));
        }

        /** {@code <Play loop="n">url</Play>} (0 loops forever). */
        public Builder play(String url, int loop) {
            return add(new Element("Play").attribute("loop", loop).text(url));
        }

        /** A {@code <Gather>}. */
        public Builder gather(Gather gather) {
            return add(Objects.requireNonNull(gather, "gather").element);
        }

        /** {@code <Dial>number</Dial>}. */
        public Builder dial(String number) {
            return add(new Element("Dial").text(number));
        }

        /** A {@code <Dial>} with options or nested nouns. */
        public Builder dial(Dial dial) {
            return add(Objects.requireNonNull(dial, "dial").element);
        }

        /** {@code <Redirect>url</Redirect>} (POST). */
        public Builder redirect(String url) {
            return add(new Element("Redirect").text(url));
        }

        /** {@code <Redirect method="GET|POST">url</Redirect>}. */
        public Builder redirect(String url, String method) {
            return add(new Element("Redirect").attribute("method", method).text(url));
        }

        /** {@code <Pause length="seconds"/>}. */
        public Builder pause(int seconds) {
            return add(new Element("Pause").attribute("length", requirePositive(seconds, "seconds")));
        }

        /** {@code <Reject/>}: the caller hears a "not in service" tone; not billed. */
        public Builder reject() {
            return add(new Element("Reject"));
        }

        /** {@code <Reject reason="busy|rejected"/>}. */
        public Builder reject(String reason) {
            return add(new Element("Reject").attribute("reason", reason));
        }

        /** {@code <Hangup/>}. */
        public Builder hangup() {
            return add(new Element("Hangup"));
        }

        private Builder add(Element element) {
            response.children.add(element.copy());
            return this;
        }

        public Response build() {
            if (response.children.isEmpty()) {
                return EMPTY;
            }
            StringBuilder out = new StringBuilder(DECLARATION);
            response.write(out);
            return new Response(out.toString());
        }
    }

    /** {@code <Message>}: its text in {@code <Body>} when it has media, else as text. */
    public static final class Message {
        private final Element element = new Element("Message");
        private final String body;
        private final List<String> media = new ArrayList<>();

        private Message(String body) {
            this.body = Objects.requireNonNull(body, "body");
            element.text(body);
        }

        /** Adds a {@code <Media>} URL (MMS or WhatsApp). */
        public Message media(String url) {
            media.add(Objects.requireNonNull(url, "url"));
            element.text = null;
            element.children.clear();
            element.children.add(new Element("Body").text(body));
            media.forEach(u -> element.children.add(new Element("Media").text(u)));
            return this;
        }

        public Message to(String to) {
            element.attribute("to", to);
            return this;
        }

        public Message from(String from) {
            element.attribute("from", from);
            return this;
        }

        /** The status callback URL of the reply. */
        public Message action(String url) {
            element.attribute("action", url);
            return this;
        }

        public Message method(String method) {
            element.attribute("method", method);
            return this;
        }
    }

    /** {@code <Say>}. */
    public static final class Say {
        private final Element element = new Element("Say");

        private Say(String text) {
            element.text(Objects.requireNonNull(text, "text"));
        }

        public Say voice(String voice) {
            element.attribute("voice", voice);
            return this;
        }

        public Say language(String language) {
            element.attribute("language", language);
            return this;
        }

        /** How many times to say it (0: until the call ends). */
        public Say loop(int loop) {
            element.attribute("loop", loop);
            return this;
        }
    }

    /** {@code <Gather>}: attributes, then prompts. */
    public static final class Gather {
        private final Element element = new Element("Gather");

        private Gather() {}

        /** {@code dtmf}, {@code speech} or {@code dtmf speech}. */
        public Gather input(String input) {
            element.attribute("input", input);
            return this;
        }

        /** Where Twilio sends the result (a {@link io.webhooks4j.twilio.event.GatherResult}). */
        public Gather action(String url) {
            element.attribute("action", url);
            return this;
        }

        public Gather method(String method) {
            element.attribute("method", method);
            return this;
        }

        /** Seconds to wait for input. */
        public Gather timeout(int seconds) {
            element.attribute("timeout", seconds);
            return this;
        }

        public Gather numDigits(int digits) {
            element.attribute("numDigits", requirePositive(digits, "digits"));
            return this;
        }

        public Gather finishOnKey(String key) {
            element.attribute("finishOnKey", key);
            return this;
        }

        /** Seconds, or {@code auto}. */
        public Gather speechTimeout(String timeout) {
            element.attribute("speechTimeout", timeout);
            return this;
        }

        public Gather language(String language) {
            element.attribute("language", language);
            return this;
        }

        public Gather hints(String hints) {
            element.attribute("hints", hints);
            return this;
        }

        /** Nested {@code <Say>}. */
        public Gather say(String text) {
            return say(new Say(text));
        }

        public Gather say(Say say) {
            element.children.add(say.element.copy());
            return this;
        }

        /** Nested {@code <Play>}. */
        public Gather play(String url) {
            element.children.add(new Element("Play").text(url));
            return this;
        }

        /** Nested {@code <Pause length="seconds"/>}. */
        public Gather pause(int seconds) {
            element.children.add(new Element("Pause").attribute("length", requirePositive(seconds, "seconds")));
            return this;
        }
    }

    /** {@code <Dial>}: attributes, then nouns. */
    public static final class Dial {
        private final Element element = new Element("Dial");

        private Dial() {}

        /** Where Twilio reports the outcome when the dialled call ends. */
        public Dial action(String url) {
            element.attribute("action", url);
            return this;
        }

        public Dial method(String method) {
            element.attribute("method", method);
            return this;
        }

        public Dial callerId(String callerId) {
            element.attribute("callerId", callerId);
            return this;
        }

        /** Seconds to let the dialled party ring. */
        public Dial timeout(int seconds) {
            element.attribute("timeout", requirePositive(seconds, "seconds"));
            return this;
        }

        /** {@code do-not-record}, {@code record-from-answer}, ... */
        public Dial record(String mode) {
            element.attribute("record", mode);
            return this;
        }

        public Dial answerOnBridge(boolean answerOnBridge) {
            element.attribute("answerOnBridge", String.valueOf(answerOnBridge));
            return this;
        }

        /** Nested {@code <Number>}. */
        public Dial number(String number) {
            element.children.add(new Element("Number").text(number));
            return this;
        }

        /** Nested {@code <Client>}. */
        public Dial client(String identity) {
            element.children.add(new Element("Client").text(identity));
            return this;
        }

        /** Nested {@code <Sip>}. */
        public Dial sip(String uri) {
            element.children.add(new Element("Sip").text(uri));
            return this;
        }

        /** Nested {@code <Conference>}. */
        public Dial conference(String name) {
            element.children.add(new Element("Conference").text(name));
            return this;
        }
    }

    private static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    /** One XML element; attributes in the order set (setting one again replaces it). */
    private static final class Element {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Element> children = new ArrayList<>();

        @Nullable
        String text;

        Element(String name) {
            this.name = name;
        }

        Element attribute(String attribute, Object value) {
            attributes.put(attribute, String.valueOf(Objects.requireNonNull(value, attribute)));
            return this;
        }

        Element text(String value) {
            this.text = Objects.requireNonNull(value, () -> "text of <" + name + ">");
            return this;
        }

        Element copy() {
            Element copy = new Element(name);
            copy.attributes.putAll(attributes);
            copy.text = text;
            children.forEach(c -> copy.children.add(c.copy()));
            return copy;
        }

        void write(StringBuilder out) {
            out.append('<').append(name);
            attributes.forEach((k, v) -> {
                out.append(' ').append(k).append("=\"");
                escape(v, true, out);
                out.append('"');
            });
            if (children.isEmpty() && (text == null || text.isEmpty())) {
                out.append("/>");
                return;
            }
            out.append('>');
            if (text != null) {
                escape(text, false, out);
            }
            children.forEach(c -> c.write(out));
            out.append("</").append(name).append('>');
        }
    }

    /** Escapes markup; in attributes also quotes and whitespace that parsers would normalise. */
    static void escape(String value, boolean attribute, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&apos;" : "'");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD'); // not allowed in XML 1.0, not even as a reference
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
