using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Text;

/// <summary>An API number field that also takes the number as people in Belgium type it (<c>"1.200"</c>, <c>"1 200"</c>),
/// read by <see cref="DutchNumbers"/>. Anything else is refused (a 400 naming the field), never dropped. Written as a number.</summary>
public sealed class DutchWholeNumberJsonConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt32(out var n) => n,
        JsonTokenType.String when string.IsNullOrWhiteSpace(reader.GetString()) => null,
        JsonTokenType.String when DutchNumbers.TryWhole(reader.GetString(), out var n) => n,
        _ => throw new JsonException("Geen geheel getal. Schrijf bijvoorbeeld 89000, 89.000 of 89 000."),
    };

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }
}
