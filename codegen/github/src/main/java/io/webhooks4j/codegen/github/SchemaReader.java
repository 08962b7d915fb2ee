package io.webhooks4j.codegen.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads octokit/webhooks' payload schemas (JSON Schema draft 7 as octokit writes it: {@code type} (a name or a list
 * with {@code "null"}), {@code properties}, {@code items}, {@code enum}, {@code format}, {@code $ref} to a file
 * relative to the referring one, {@code allOf}, {@code oneOf}, {@code anyOf}) into {@link Shape}s.
 */
final class SchemaReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final Map<String, String> knownRefs;
    private final Map<Path, JsonNode> files = new HashMap<>();

    /**
     * @param root the {@code api.github.com} folder
     * @param knownRefs schema files (relative to {@code root}, as {@code common/user.schema.json}) that map to a
     *     hand-written record, and that record's simple name
     */
    SchemaReader(Path root, Map<String, String> knownRefs) {
        this.root = root.toAbsolutePath().normalize();
        this.knownRefs = knownRefs;
    }

    /** The shape of one whole schema file ({@code merge_group/checks_requested.schema.json}). */
    Shape readFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return read(load(absolute), absolute, 0);
    }

    JsonNode load(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return JSON.readTree(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Shape read(JsonNode schema, Path file, int depth) {
        if (depth > 40) {
            return Shape.ANY; // a recursive schema: the rest stays a tree
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString()) {
            // octokit writes event files' references from api.github.com ("common/user.schema.json") and common files'
            // from common/ ("user.schema.json")
            Path target = (ref.stringValue().startsWith("common/") ? root : file.getParent())
                    .resolve(ref.stringValue())
                    .normalize();
            String relative = root.relativize(target).toString().replace('\\', '/');
            String known = knownRefs.get(relative);
            if (known != null) {
                return new Shape.Known(known);
            }
            Shape shape = read(load(target), target, depth + 1);
            if (shape instanceof Shape.Obj obj) {
                String stem = target.getFileName().toString().replace(".schema.json", "");
                return new Shape.Obj(Names.type(stem), relative, obj.description(), obj.properties());
            }
            return shape;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode branches = schema.get(combinator);
            if (branches != null && branches.isArray()) {
                Shape merged = null;
                for (JsonNode branch : branches) {
                    if (isNullOnly(branch)) {
                        continue;
                    }
                    merged = Shape.merge(merged, read(branch, file, depth + 1));
                }
                Shape own = readOwn(schema, file, depth);
                if (own != null) {
                    merged = Shape.merge(merged, own);
                }
                return merged == null ? Shape.ANY : merged;
            }
        }
        Shape own = readOwn(schema, file, depth);
        return own == null ? Shape.ANY : own;
    }

    /** The shape of a node without combinators; null when it says nothing (no type, properties or enum). */
    private Shape readOwn(JsonNode schema, Path file, int depth) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            types.add(type.stringValue());
        } else if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.stringValue())) {
                    types.add(t.stringValue());
                }
            }
            if (types.isEmpty()) {
                return null;
            }
        }
        JsonNode properties = schema.get("properties");
        if (types.isEmpty()) {
            if (properties != null && properties.isObject()) {
                types.add("object");
            } else if (schema.has("enum")) {
                types.add("string");
            } else if (schema.has("items")) {
                types.add("array");
            } else {
                return null;
            }
        }
        if (types.size() > 1) {
            return types.equals(List.of("integer", "number")) || types.equals(List.of("number", "integer"))
                    ? new Shape.Scalar("Double")
                    : Shape.ANY;
        }
        switch (types.get(0)) {
            case "string": {
                JsonNode values = schema.get("enum");
                if (values != null && values.isArray()) {
                    LinkedHashSet<String> names = new LinkedHashSet<>();
                    for (JsonNode v : values) {
                        if (v.isString()) {
                            names.add(v.stringValue());
                        }
                    }
                    if (!names.isEmpty()) {
                        return new Shape.Enumerated(new ArrayList<>(names));
                    }
                }
                JsonNode format = schema.get("format");
                return new Shape.Scalar(
                        format != null && "date-time".equals(format.stringValue()) ? "Instant" : "String");
            }
            case "integer":
                return new Shape.Scalar("Long");
            case "number":
                return new Shape.Scalar("Double");
            case "boolean":
                return new Shape.Scalar("Boolean");
            case "array": {
                JsonNode items = schema.get("items");
                return new Shape.Arr(items == null || !items.isObject() ? Shape.ANY : read(items, file, depth + 1));
            }
            case "object": {
                if (properties == null || !properties.isObject() || properties.isEmpty()) {
                    return Shape.ANY; // a free-form object (additionalProperties only): a tree
                }
                Map<String, Shape> shapes = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> p : properties.properties()) {
                    shapes.put(p.getKey(), read(p.getValue(), file, depth + 1));
                }
                JsonNode description = schema.get("description");
                return new Shape.Obj(
                        null,
                        null,
                        description != null && description.isString() ? description.stringValue() : null,
                        shapes);
            }
            default:
                return Shape.ANY;
        }
    }

    private static boolean isNullOnly(JsonNode branch) {
        JsonNode type = branch.get("type");
        if (type == null || branch.has("properties")) {
            return false;
        }
        if (type.isString()) {
            return "null".equals(type.stringValue());
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.stringValue())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
