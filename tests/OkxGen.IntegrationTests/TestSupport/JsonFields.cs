using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>
/// Reads the fields of one object of a vector, and remembers which were read so that a field no builder knows about
/// fails the test instead of being silently dropped.
/// </summary>
public sealed class JsonFields
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonFields(JsonElement element)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        _element = element;
    }

    public string? String(string name) => Take(name) is { } value ? value.GetString() : null;

    public string RequiredString(string name) => String(name) ?? throw new InvalidOperationException($"The vector has no \"{name}\".");

    public decimal? Decimal(string name) => String(name) is { } text ? ParseDecimal(text) : null;

    public decimal RequiredDecimal(string name) => ParseDecimal(RequiredString(name));

    public int? Int32(string name) => String(name) is { } text ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    public long? Int64(string name) => String(name) is { } text ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    /// <summary>A JSON boolean in a body, or the text <c>true</c>/<c>false</c> in a query.</summary>
    public bool? Boolean(string name) => Take(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } value => bool.Parse(value.GetString()!),
        { } value => throw new InvalidOperationException($"\"{name}\" is not a boolean: {value}."),
    };

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        String(name) is { } wire ? ParseWire<TEnum>(wire) : null;

    public TEnum RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        ParseWire<TEnum>(RequiredString(name));

    public JsonFields? Object(string name) => Take(name) is { } value ? new JsonFields(value) : null;

    /// <summary>A JSON array in a body.</summary>
    public IReadOnlyList<T>? Array<T>(string name, Func<JsonElement, T> read)
    {
        if (Take(name) is not { } value)
        {
            return null;
        }

        var items = new List<T>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }

    /// <summary>A comma-separated list in a query.</summary>
    public IReadOnlyList<T>? CommaList<T>(string name, Func<string, T> read)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        var items = new List<T>();
        foreach (string item in text.Split(','))
        {
            items.Add(read(item));
        }

        return items;
    }

    /// <summary>Fails when the object has a field that was not read.</summary>
    public void AssertAllRead()
    {
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            Assert.True(_read.Contains(property.Name), $"The vector's field \"{property.Name}\" has no counterpart in the request builder.");
        }
    }

    public static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>
    /// Finds the enum member of a wire value by the spec's rule read backwards: <c>post_only</c> is <c>PostOnly</c>,
    /// <c>SWAP</c> is <c>Swap</c>. The exact spelling is checked by the byte comparison, not here.
    /// </summary>
    public static TEnum ParseWire<TEnum>(string wire)
        where TEnum : struct, Enum =>
        System.Enum.Parse<TEnum>(wire.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    private JsonElement? Take(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }
}
