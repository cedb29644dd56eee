using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using OkxGen.IntegrationTests.Endpoints;

namespace OkxGen.IntegrationTests.TestSupport;

/// <summary>
/// Builds the member-type requests from the typed inputs of <c>member-types-vectors.json</c> (each a <c>type</c> and
/// its invariant text), so that the expected bytes come from <c>member_types_oracle.py</c>, not from OkxGen.
/// </summary>
public sealed class MemberTypeInputs
{
    private readonly Dictionary<string, JsonElement> _inputs = new(StringComparer.Ordinal);

    public MemberTypeInputs(JsonElement inputs)
    {
        foreach (JsonProperty property in inputs.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                _inputs.Add(property.Name, property.Value);
            }
        }
    }

    public static MemberTypeInputs Of(string vectorName) =>
        new(VectorFile.Inputs(VectorFile.MemberTypes, vectorName));

    public MemberTypesBodyRequest Body() => new()
    {
        Begin = Time("begin")!.Value,
        End = Time("end"),
        U8 = Integer("u8", byte.Parse)!.Value,
        I8 = Integer("i8", sbyte.Parse)!.Value,
        I16 = Integer("i16", short.Parse)!.Value,
        U16 = Integer("u16", ushort.Parse)!.Value,
        U32 = Integer("u32", uint.Parse)!.Value,
        U64 = Integer("u64", ulong.Parse)!.Value,
        NullableU8 = Integer("nullableU8", byte.Parse),
        NullableI8 = Integer("nullableI8", sbyte.Parse),
        NullableI16 = Integer("nullableI16", short.Parse),
        NullableU16 = Integer("nullableU16", ushort.Parse),
        NullableU32 = Integer("nullableU32", uint.Parse),
        NullableU64 = Integer("nullableU64", ulong.Parse),
        Times = List("times", e => ParseTime(e)),
        Ids = List("ids", e => ParseInteger(e, ulong.Parse)),
    };

    public MemberTypesQueryRequest Query()
    {
        MemberTypesBodyRequest b = Body();
        return new()
        {
            Begin = b.Begin, End = b.End, U8 = b.U8, I8 = b.I8, I16 = b.I16, U16 = b.U16, U32 = b.U32, U64 = b.U64,
            NullableU8 = b.NullableU8, NullableI8 = b.NullableI8, NullableI16 = b.NullableI16, NullableU16 = b.NullableU16,
            NullableU32 = b.NullableU32, NullableU64 = b.NullableU64, Times = b.Times, Ids = b.Ids,
        };
    }

    private DateTimeOffset? Time(string name) => _inputs.TryGetValue(name, out JsonElement value) ? ParseTime(value) : null;

    private T? Integer<T>(string name, Func<string, NumberStyles, IFormatProvider, T> parse)
        where T : struct =>
        _inputs.TryGetValue(name, out JsonElement value) ? ParseInteger(value, parse) : null;

    private List<T>? List<T>(string name, Func<JsonElement, T> read) =>
        _inputs.TryGetValue(name, out JsonElement value) ? value.EnumerateArray().Select(read).ToList() : null;

    // The oracle's form, 100 ns ticks and an offset: 2024-02-29T23:59:59.9999999+05:30.
    private static DateTimeOffset ParseTime(JsonElement input) =>
        DateTimeOffset.ParseExact(Text(input, "DateTimeOffset"), "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static T ParseInteger<T>(JsonElement input, Func<string, NumberStyles, IFormatProvider, T> parse) =>
        parse(input.GetProperty("value").GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string Text(JsonElement input, string type)
    {
        Assert.Equal(type, input.GetProperty("type").GetString());
        return input.GetProperty("value").GetString()!;
    }
}
