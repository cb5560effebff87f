package org.clearway.formats.edifact;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import java.util.Map;

/**
 * StAEDI's control schemas for EDIFACT syntax versions 3 and 4 (from its jar), loaded once: building
 * one from its XML for every interchange read or written costs more than reading the interchange.
 */
final class ControlSchemas {
    private static final Map<String, Schema> BY_VERSION = Map.of("3", load("UNOC", "3"), "4", load("UNOC", "4"));

    private ControlSchemas() {
    }

    /** The control schema of syntax version "3" or "4"; null for any other (StAEDI then picks one itself). */
    static Schema forVersion(String version) {
        return BY_VERSION.get(version);
    }

    private static Schema load(String syntaxId, String version) {
        try {
            return SchemaFactory.newFactory().getControlSchema(Standards.EDIFACT, new String[] {syntaxId, version});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's EDIFACT control schema for syntax version " + version + " could not be loaded", e);
        }
    }
}
