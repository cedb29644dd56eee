using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OkxGen.Benchmarks.Model;

/// <summary>
/// System.Text.Json source generation reading OKX's pushes into the same records as the generated readers: camelCase
/// names, and the converters an STJ user needs for OKX's strings (a decimal or a time may be <c>""</c>, flags are
/// <c>"true"</c>/<c>"false"</c>, times are Unix milliseconds).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(OkxDecimalConverter), typeof(OkxUnixMillisecondsConverter), typeof(OkxFlagConverter)])]
[JsonSerializable(typeof(PushFrame<TickerPush>))]
[JsonSerializable(typeof(PushFrame<OrderPush>))]
internal sealed partial class PushJsonContext : JsonSerializerContext;

/// <summary>OKX's decimal strings; <c>""</c> is absent.</summary>
internal sealed class OkxDecimalConverter : JsonConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0 ? null
        : decimal.Parse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>OKX's Unix-millisecond strings; <c>""</c> is absent.</summary>
internal sealed class OkxUnixMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0 ? null
        : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(reader.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>OKX's <c>"true"</c>/<c>"false"</c> strings; <c>""</c> is absent.</summary>
internal sealed class OkxFlagConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean()
        : reader.ValueTextEquals("true"u8) ? true
        : reader.ValueTextEquals("false"u8) ? false
        : null;

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options) => throw new NotSupportedException();
}
