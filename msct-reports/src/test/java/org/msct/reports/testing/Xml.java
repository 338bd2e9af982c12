package org.msct.reports.testing;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses text as namespace-aware XML and fails on any warning or error (well-formedness check). */
public final class Xml {
    private Xml() {}

    /** The parsed document; throws {@link AssertionError} naming the line and column if not well-formed. */
    public static Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new AssertionError(
                    "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + e.getMessage(),
                    e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError("XML parse failed: " + e.getMessage(), e);
        }
    }
}
