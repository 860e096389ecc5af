import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Cuts the API baseline: a p2 repository holding the API bundle as it was just built, which every later build
 * compares its API packages with (tycho-baseline-plugin, see bundles/dev.callbench.api/pom.xml). Run from the
 * project's root after building the API bundle, when an API is released:
 *
 * <pre>java releng/api-baseline/CutBaseline.java</pre>
 */
public final class CutBaseline {

    private static final String BUNDLE = "dev.callbench.api";

    public static void main(String[] arguments) throws Exception {
        Path built = Path.of("bundles", BUNDLE, "target");
        Path repository = Path.of("releng", "api-baseline");
        Element unit = onlyBundle(read(built.resolve("p2content.xml")), "unit", "id");
        Element artifact = onlyBundle(read(built.resolve("p2artifacts.xml")), "artifact", "id");
        String version = unit.getAttribute("version");

        clean(repository.resolve("plugins"));
        Files.copy(builtJar(built),
                repository.resolve("plugins").resolve(BUNDLE + "_" + version + ".jar"),
                StandardCopyOption.REPLACE_EXISTING);
        write(metadataRepository(unit), repository.resolve("content.xml"));
        write(artifactRepository(artifact), repository.resolve("artifacts.xml"));
        Files.writeString(repository.resolve("p2.index"),
                "version=1\nmetadata.repository.factory.order=content.xml,!\n"
                        + "artifact.repository.factory.order=artifacts.xml,!\n");
        System.out.println("API baseline cut: " + BUNDLE + " " + version + " in " + repository);
    }

    private static Path builtJar(Path built) throws IOException {
        try (var files = Files.list(built)) {
            String name = BUNDLE.replace(".", "\\.") + "-[0-9.]+(-SNAPSHOT)?\\.jar";
            return files.filter(file -> file.getFileName().toString().matches(name)).findFirst()
                    .orElseThrow(() -> new IOException("no " + BUNDLE + " jar in " + built));
        }
    }

    private static Element onlyBundle(Document document, String tag, String idAttribute) {
        var nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute(idAttribute).equals(BUNDLE)) {
                return element;
            }
        }
        throw new IllegalStateException("no " + tag + " " + BUNDLE + ": build the API bundle first");
    }

    private static Document metadataRepository(Element unit) throws Exception {
        Document document = newDocument();
        Element repository = repository(document,
                "org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository", "1");
        document.appendChild(repository);
        repository.appendChild(list(document, "units", List.of(document.importNode(unit, true))));
        return document;
    }

    private static Document artifactRepository(Element artifact) throws Exception {
        Document document = newDocument();
        Element repository = repository(document, "org.eclipse.equinox.p2.artifact.repository.simpleRepository", "1");
        document.appendChild(repository);
        Element rule = document.createElement("rule");
        rule.setAttribute("filter", "(& (classifier=osgi.bundle))");
        rule.setAttribute("output", "${repoUrl}/plugins/${id}_${version}.jar");
        repository.appendChild(list(document, "mappings", List.of(rule)));
        repository.appendChild(list(document, "artifacts", List.of(document.importNode(artifact, true))));
        return document;
    }

    private static Element repository(Document document, String type, String version) {
        Element repository = document.createElement("repository");
        repository.setAttribute("name", "Callbench API baseline");
        repository.setAttribute("type", type);
        repository.setAttribute("version", version);
        return repository;
    }

    private static Element list(Document document, String tag, List<Node> children) {
        Element list = document.createElement(tag);
        list.setAttribute("size", Integer.toString(children.size()));
        children.forEach(list::appendChild);
        return list;
    }

    private static Document read(Path file) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        dropBlankText(document.getDocumentElement());
        return document;
    }

    private static void dropBlankText(Node node) { // the writer indents anew
        for (Node child = node.getFirstChild(); child != null;) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else {
                dropBlankText(child);
            }
            child = next;
        }
    }

    private static Document newDocument() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    }

    private static void write(Document document, Path file) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.transform(new DOMSource(document), new StreamResult(file.toFile()));
    }

    private static void clean(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
