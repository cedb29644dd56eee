using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using OkxGen.Serialization;

namespace OkxGen.Runtime.Tests.Serialization;

/// <summary>
/// The value reader parses numbers on a fast path of its own (Utf8Parser); the framework's invariant parse, what the
/// reader used alone before, is the oracle: the same value to the bit (scale and sign included) or the same refusal,
/// over number texts of every shape, in strings (OKX's way) and as JSON numbers.
/// </summary>
public sealed class NumberReadingTests
{
    // Signs, leading zeros, up to 40 digits each side of the point (past decimal's 28-29), exponents, white space.
    private static readonly Gen<string> NumberText =
        Gen.Select(
            Choice("", "", "-", "+", " ", "-0"),
            Gen.Char["0123456789"].Array[0, 40],
            Choice("", ".", "."),
            Gen.Char["0123456789"].Array[0, 40],
            Choice("", "", "e5", "E-3", "e+30", "e-40", "e"),
            Choice("", "", "", " ", "x"))
        .Select((sign, whole, point, fraction, exponent, tail) =>
            sign + new string(whole) + point + new string(fraction) + exponent + tail);

    private static Gen<string> Choice(params string[] texts) => Gen.Int[0, texts.Length - 1].Select(index => texts[index]);

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("0.010")]
    [InlineData("43250.5")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+7")]
    [InlineData("1e3")]
    [InlineData("1.5E-2")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.00000000000000000000000000005")]
    [InlineData("1.23456789012345678901234567890123")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("9999999999999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("-999999999.9999999999")]
    [InlineData("0.0000000000000000001")]
    [InlineData("00")]
    [InlineData("-.5")]
    [InlineData("1.2.3")]
    [InlineData("--1")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("abc")]
    public void Edges_ReadAsTheFrameworkParses(string text) => AssertReadsAsTheFramework(text);

    [Fact]
    public void AnyNumberText_ReadsAsTheFrameworkParses() =>
        NumberText.Sample(AssertReadsAsTheFramework, iter: 50_000);

    private static void AssertReadsAsTheFramework(string text)
    {
        Expect(text, "\"" + text + "\"");
        if (text.Length > 0 && !text.Contains(' ', StringComparison.Ordinal) && IsJsonNumber(text))
        {
            Expect(text, text);
        }
    }

    private static void Expect(string text, string json)
    {
        // The reader refuses a number text over 64 bytes (no decimal, long or int needs that many) before parsing it.
        bool inLimit = text.Length <= 64;
        bool isDecimal = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal expectedDecimal) && inLimit;
        bool isLong = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long expectedLong) && inLimit;
        bool isInt = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int expectedInt) && inLimit;

        (bool read, decimal? value) = Read(json, (ref Utf8JsonReader reader) => OkxJsonValueReader.ReadDecimal(ref reader, "T.M"));
        Assert.True(text.Length == 0 ? read && value is null : read == isDecimal, $"decimal {json}");
        if (read && value is { } d)
        {
            Assert.Equal(decimal.GetBits(expectedDecimal), decimal.GetBits(d));
        }

        (bool readLong, long? longValue) = Read(json, (ref Utf8JsonReader reader) => OkxJsonValueReader.ReadInt64(ref reader, "T.M"));
        Assert.True(text.Length == 0 ? readLong && longValue is null : readLong == isLong && (!isLong || longValue == expectedLong), $"long {json}");

        (bool readInt, int? intValue) = Read(json, (ref Utf8JsonReader reader) => OkxJsonValueReader.ReadInt32(ref reader, "T.M"));
        Assert.True(text.Length == 0 ? readInt && intValue is null : readInt == isInt && (!isInt || intValue == expectedInt), $"int {json}");
    }

    private delegate T? ValueRead<T>(ref Utf8JsonReader reader)
        where T : struct;

    private static (bool Read, T? Value) Read<T>(string json, ValueRead<T> read)
        where T : struct
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            return (true, read(ref reader));
        }
        catch (OkxResponseException)
        {
            return (false, null);
        }
    }

    // JSON's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
    private static bool IsJsonNumber(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.BytesConsumed == text.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
