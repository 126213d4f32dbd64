package dev.authgate.provisioner.testsupport;

/** Builds the small XML documents the fake AWS services answer with. */
final class Xml {

    private final StringBuilder text = new StringBuilder();

    static Xml document() {
        Xml xml = new Xml();
        xml.text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return xml;
    }

    static Xml fragment() {
        return new Xml();
    }

    Xml open(String element) {
        text.append('<').append(element).append('>');
        return this;
    }

    Xml open(String element, String namespace) {
        text.append('<').append(element).append(" xmlns=\"").append(namespace).append("\">");
        return this;
    }

    Xml close(String element) {
        text.append("</").append(element).append('>');
        return this;
    }

    Xml empty(String element) {
        text.append('<').append(element).append("/>");
        return this;
    }

    /** An element with text; nothing at all when the value is null, as AWS leaves absent fields out. */
    Xml element(String element, Object value) {
        if (value != null) {
            open(element);
            text.append(escape(String.valueOf(value)));
            close(element);
        }
        return this;
    }

    Xml raw(Xml inner) {
        text.append(inner.text);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
