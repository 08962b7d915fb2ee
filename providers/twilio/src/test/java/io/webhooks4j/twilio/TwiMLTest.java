package io.webhooks4j.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TwiMLTest {
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static Document parseXml(TwiML.Response response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    }

    @Test
    void emptyResponseIsASelfClosedElement() {
        assertThat(TwiML.empty().xml()).isEqualTo(XML + "<Response/>");
        assertThat(TwiML.response().build()).isEqualTo(TwiML.empty());
        assertThat(TwiML.empty().status()).isEqualTo(200);
        assertThat(TwiML.empty().contentType()).startsWith("application/xml");
    }

    @Test
    void writesAMessageReply() {
        TwiML.Response response = TwiML.response().message("Got it: hello").build();
        assertThat(response.xml()).isEqualTo(XML + "<Response><Message>Got it: hello</Message></Response>");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(response.xml());
        assertThat(TwiML.message("Got it: hello")).isEqualTo(response);
    }

    @Test
    void writesAMessageWithMedia() {
        TwiML.Response response = TwiML.response()
                .message(TwiML.messageOf("Here's the map")
                        .media("https://cdn.example.com/map.png?w=1&h=2")
                        .media("https://cdn.example.com/menu.pdf")
                        .to("+14155550199"))
                .build();
        assertThat(response.xml())
                .isEqualTo(XML + "<Response><Message to=\"+14155550199\"><Body>Here's the map</Body>"
                        + "<Media>https://cdn.example.com/map.png?w=1&amp;h=2</Media>"
                        + "<Media>https://cdn.example.com/menu.pdf</Media></Message></Response>");
    }

    @Test
    void writesEveryVoiceVerb() {
        TwiML.Response response = TwiML.response()
                .say(TwiML.sayOf("Welcome").voice("Polly.Joanna").language("en-US"))
                .gather(TwiML.gather()
                        .input("dtmf speech")
                        .action("/voice/menu?step=1&lang=en")
                        .numDigits(1)
                        .timeout(5)
                        .say("Press 1 for sales")
                        .pause(1)
                        .play("https://cdn.example.com/jingle.mp3"))
                .play("https://cdn.example.com/hold.mp3", 2)
                .dial(TwiML.dial().callerId("+14155550100").timeout(20).number("+14155550123"))
                .dial("+14155550124")
                .redirect("/voice/next", "GET")
                .pause(2)
                .reject("busy")
                .hangup()
                .build();
        assertThat(response.xml())
                .isEqualTo(XML + "<Response>"
                        + "<Say voice=\"Polly.Joanna\" language=\"en-US\">Welcome</Say>"
                        + "<Gather input=\"dtmf speech\" action=\"/voice/menu?step=1&amp;lang=en\" numDigits=\"1\""
                        + " timeout=\"5\"><Say>Press 1 for sales</Say><Pause length=\"1\"/>"
                        + "<Play>https://cdn.example.com/jingle.mp3</Play></Gather>"
                        + "<Play loop=\"2\">https://cdn.example.com/hold.mp3</Play>"
                        + "<Dial callerId=\"+14155550100\" timeout=\"20\"><Number>+14155550123</Number></Dial>"
                        + "<Dial>+14155550124</Dial>"
                        + "<Redirect method=\"GET\">/voice/next</Redirect>"
                        + "<Pause length=\"2\"/>"
                        + "<Reject reason=\"busy\"/>"
                        + "<Hangup/>"
                        + "</Response>");
    }

    @Test
    void escapesTextAndAttributes() throws Exception {
        String hostile =
                "</Message><Redirect>https://evil.example</Redirect> & \"quotes\" 'single' \uD83D\uDE80 caf\u00e9";
        TwiML.Response response = TwiML.response()
                .message(TwiML.messageOf(hostile).to("a\"b<c>&'d\ne"))
                .build();
        assertThat(response.xml())
                .isEqualTo(XML + "<Response><Message to=\"a&quot;b&lt;c&gt;&amp;&apos;d&#10;e\">"
                        + "&lt;/Message&gt;&lt;Redirect&gt;https://evil.example&lt;/Redirect&gt; &amp; \"quotes\""
                        + " 'single' \uD83D\uDE80 caf\u00e9</Message></Response>");
        Document document = parseXml(response);
        assertThat(document.getDocumentElement().getChildNodes().getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("Message").item(0).getTextContent())
                .isEqualTo(hostile);
        assertThat(document.getElementsByTagName("Message")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("to")
                        .getNodeValue())
                .isEqualTo("a\"b<c>&'d\ne");
    }

    @Test
    void replacesCharactersXmlCannotCarry() throws Exception {
        TwiML.Response response = TwiML.response()
                .say("bell\u0007 nul\u0000 lone\uD800 ok\tline\nend\r")
                .build();
        assertThat(response.xml())
                .isEqualTo(XML + "<Response><Say>bell\uFFFD nul\uFFFD lone\uFFFD ok\tline\nend&#13;</Say></Response>");
        assertThat(parseXml(response).getElementsByTagName("Say").item(0).getTextContent())
                .isEqualTo("bell\uFFFD nul\uFFFD lone\uFFFD ok\tline\nend\r");
    }

    @Test
    void buildersAreIndependentOfLaterChanges() {
        TwiML.Gather gather = TwiML.gather().numDigits(1);
        TwiML.Builder builder = TwiML.response().gather(gather);
        gather.say("added later");
        assertThat(builder.build().xml()).isEqualTo(XML + "<Response><Gather numDigits=\"1\"/></Response>");
    }

    @Test
    void rejectsNonsenseNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> TwiML.response().pause(0));
        assertThatIllegalArgumentException().isThrownBy(() -> TwiML.gather().numDigits(-1));
    }
}
