package org.clearway.formats.manifest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;

/**
 * The reference way to decode a CSV manifest line: its fields mapped onto the declaration's JSON tree
 * (an empty field is an absent element) and read by the API's JSON decoder, so a line's problems are
 * exactly the API's, each then named by its CSV column. {@link CsvDecoder} is the fast path for lines
 * without problems; this one decodes every line it refuses. One per header.
 */
final class CsvTree {
    private static final DeclarationJsonCodec JSON = new DeclarationJsonCodec();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ITEM = "items[0].";

    /** Each column's element path split at its dots (within the goods item for an item column), made once from the header. */
    private final String[][] paths;
    private final boolean[] inItem;

    CsvTree(List<ManifestColumn> columns) {
        paths = new String[columns.size()][];
        inItem = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String path = columns.get(i).path();
            inItem[i] = path.startsWith(ITEM);
            paths[i] = (inItem[i] ? path.substring(ITEM.length()) : path).split("\\.");
        }
    }

    /** The declaration or its problems, named by column; values are the line's fields, one per header column. */
    Decoded decode(List<String> values) {
        return nameColumns(JSON.decode(tree(values)));
    }

    ObjectNode tree(List<String> values) {
        ObjectNode root = NODES.objectNode();
        root.put("type", "LOW_VALUE");
        ObjectNode item = null;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isEmpty()) continue;
            ObjectNode at = root;
            if (inItem[i]) {
                if (item == null) item = root.putArray("items").addObject().put("sequence", 1);
                at = item;
            }
            String[] parts = paths[i];
            for (int p = 0; p < parts.length - 1; p++) {
                at = at.get(parts[p]) instanceof ObjectNode o ? o : at.putObject(parts[p]);
            }
            at.put(parts[parts.length - 1], value);
        }
        return root;
    }

    /** In a CSV manifest a problem names the column the declarant wrote, not the JSON path. */
    private static Decoded nameColumns(Decoded decoded) {
        if (!(decoded instanceof Decoded.Invalid(var problems))) return decoded;
        return new Decoded.Invalid(problems.stream().map(ManifestReader::inColumns).toList());
    }
}
