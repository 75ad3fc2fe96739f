package tieline.workspace.file;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import tieline.cable.Classification;
import tieline.workspace.AddRelationship;
import tieline.workspace.AddToGazetteer;
import tieline.workspace.AttachNote;
import tieline.workspace.ChangeType;
import tieline.workspace.DeleteEvidence;
import tieline.workspace.Edit;
import tieline.workspace.Hide;
import tieline.workspace.MergeEntities;
import tieline.workspace.PinPosition;
import tieline.workspace.Rename;
import tieline.workspace.SplitAlias;
import tieline.workspace.Unhide;
import tieline.workspace.Unpin;

/**
 * The JSON mapping of workspace files: dates as ISO text, markings as banner text
 * ({@code SECRET//NOFORN}), each edit as an object with a {@code kind} naming its type.
 * The kind names are part of the file format and must not change.
 */
public final class WorkspaceJson {

    private WorkspaceJson() {
    }

    /** A mapper configured for workspace files. */
    public static ObjectMapper mapper() {
        SimpleModule markings = new SimpleModule("tieline-markings")
                .addSerializer(Classification.class, new MarkingWriter())
                .addDeserializer(Classification.class, new MarkingReader());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(markings)
                .addMixIn(Edit.class, EditKind.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        mapper.registerSubtypes(
                new NamedType(MergeEntities.class, "merge-entities"),
                new NamedType(SplitAlias.class, "split-alias"),
                new NamedType(Rename.class, "rename"),
                new NamedType(ChangeType.class, "change-type"),
                new NamedType(Hide.class, "hide"),
                new NamedType(Unhide.class, "unhide"),
                new NamedType(AddRelationship.class, "add-relationship"),
                new NamedType(DeleteEvidence.class, "delete-evidence"),
                new NamedType(PinPosition.class, "pin"),
                new NamedType(Unpin.class, "unpin"),
                new NamedType(AttachNote.class, "note"),
                new NamedType(AddToGazetteer.class, "add-to-gazetteer"));
        return mapper;
    }

    /** Gives every edit a {@code kind} property naming its type. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    private interface EditKind {
    }

    private static final class MarkingWriter extends JsonSerializer<Classification> {
        @Override
        public void serialize(Classification value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.bannerText());
        }
    }

    private static final class MarkingReader extends JsonDeserializer<Classification> {
        @Override
        public Classification deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Classification) ctxt.handleUnexpectedToken(Classification.class, p);
            }
            Classification parsed = Classification.parse(p.getText());
            if (parsed == null) {
                return (Classification) ctxt.handleWeirdStringValue(Classification.class, p.getText(),
                        "not a classification marking such as CONFIDENTIAL or SECRET//NOFORN");
            }
            return parsed;
        }
    }
}
