package app.fulcrum.plan;

import app.fulcrum.domain.FulcrumException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a scenario file: JSON when the name ends in .json, YAML otherwise (YAML is a superset of JSON,
 * so either parses). Unknown keys are errors, so a misspelt field never silently falls back to a
 * default. Every error is one sentence naming the file, the line and column when known, and the field.
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static ScenarioSource read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FulcrumException("scenario file " + file + " does not exist");
        } catch (IOException e) {
            throw new FulcrumException("cannot read scenario file " + file + ": " + e.getMessage());
        }
        return parse(file.getFileName().toString(), text);
    }

    public static ScenarioSource parse(String fileName, String text) {
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = (json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            ScenarioDocument document = mapper.readValue(text, ScenarioDocument.class);
            if (document == null) {
                throw new FulcrumException(fileName + " is empty: expected a scenario (see docs/scenario.md)");
            }
            return new ScenarioSource(fileName, document);
        } catch (JacksonException e) {
            throw new FulcrumException(describe(fileName, e), e);
        }
    }

    private static String describe(String fileName, JacksonException e) {
        JsonLocation at = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : e.getLocation();
        String where = fileName + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() + ":" + at.getColumnNr() : "");
        if (e instanceof UnrecognizedPropertyException u) {
            // Records are built after their whole mapping is read, so Jackson's position points past
            // the mapping; the field path names the place instead.
            return fileName + ": unknown field '" + u.getPropertyName() + "'" + inPath(u) + ", expected one of "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return where + ": field " + path(m) + " has the wrong type: " + m.getOriginalMessage().split("\n")[0];
        }
        return where + ": not valid " + (fileName.endsWith(".json") ? "JSON" : "YAML") + ": "
                + e.getOriginalMessage().split("\n")[0];
    }

    private static String inPath(JsonMappingException e) {
        String p = path(e);
        int cut = p.lastIndexOf('.');
        return cut < 0 ? "" : " in " + p.substring(0, cut);
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return out.toString();
    }
}
