package app.fulcrum.export;

import app.fulcrum.app.WorkspaceSnapshot;
import app.fulcrum.domain.FulcrumException;
import app.fulcrum.domain.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The JSON backup of a workspace: every row with its id, money as {"amount":"197.00","currency":"USD"}
 * (exact decimal strings), instants as ISO-8601 UTC. {@code restore(export(x))} gives back x exactly.
 */
public final class SnapshotJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("fulcrum-money")
                    .addSerializer(Money.class, new MoneySerializer())
                    .addDeserializer(Money.class, new MoneyDeserializer()))
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SnapshotJson() {
    }

    public static void write(WorkspaceSnapshot snapshot, OutputStream out) throws IOException {
        MAPPER.writeValue(out, snapshot);
    }

    /** Reads a backup; a malformed file is a {@link FulcrumException} naming the line and column. */
    public static WorkspaceSnapshot read(String fileName, InputStream in) throws IOException {
        WorkspaceSnapshot snapshot;
        try {
            snapshot = MAPPER.readValue(in, WorkspaceSnapshot.class);
        } catch (JsonMappingException e) {
            var where = e.getLocation();
            throw new FulcrumException(fileName + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                    + ": not a Fulcrum backup (" + e.getOriginalMessage() + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var where = e.getLocation();
            throw new FulcrumException(fileName + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (snapshot == null || snapshot.workspace() == null) {
            throw new FulcrumException(fileName + ": not a Fulcrum backup (no workspace)");
        }
        if (snapshot.formatVersion() != WorkspaceSnapshot.FORMAT_VERSION) {
            throw new FulcrumException(fileName + ": backup format " + snapshot.formatVersion()
                    + " is not supported; this Fulcrum reads format " + WorkspaceSnapshot.FORMAT_VERSION);
        }
        return snapshot;
    }

    private static final class MoneySerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.toPlainString());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    private static final class MoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (amount == null || currency == null) {
                throw JsonMappingException.from(p, "money needs \"amount\" and \"currency\"");
            }
            try {
                return Money.of(new BigDecimal(amount.asText()), Money.currency(currency.asText()));
            } catch (NumberFormatException | FulcrumException e) {
                throw JsonMappingException.from(p, "bad money " + node + ": " + e.getMessage());
            }
        }
    }
}
