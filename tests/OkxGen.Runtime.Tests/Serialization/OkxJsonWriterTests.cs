using System;
using System.Text;
using OkxGen.Serialization;

namespace OkxGen.Runtime.Tests;

public sealed class OkxJsonWriterTests
{
    // By index: xUnit serializes theory data, and a lone surrogate does not survive that trip.
    private static readonly string[] LoneSurrogateTexts = ["\uD800", "a\uDC00", "\uD83D", "\uDE80\uD83D", "\"\uD800\"", "\U0001F680\uDC00"];

    [Theory]
    [InlineData("\"", "\\\"")]
    [InlineData("\\", "\\\\")]
    [InlineData("\b", "\\b")]
    [InlineData("\f", "\\f")]
    [InlineData("\n", "\\n")]
    [InlineData("\r", "\\r")]
    [InlineData("\t", "\\t")]
    [InlineData("\u0000", "\\u0000")]
    [InlineData("\u000b", "\\u000b")]
    [InlineData("\u000e", "\\u000e")]
    [InlineData("\u001b", "\\u001b")]
    [InlineData("\u001f", "\\u001f")]
    [InlineData(" ", " ")]
    [InlineData("/", "/")]
    [InlineData("<>&'", "<>&'")]
    [InlineData("\u007f", "\u007f")]
    [InlineData("\u2028\u2029", "\u2028\u2029")]
    [InlineData("\u00e9\u8ba2", "\u00e9\u8ba2")]
    [InlineData("\U0001F680", "\U0001F680")]
    [InlineData("x\ty\"z", "x\\ty\\\"z")]
    [InlineData("", "")]
    public void WriteStringValue_EscapesByTheCanonicalRule(string value, string expectedEscaped)
    {
        Assert.Equal("\"" + expectedEscaped + "\"", Write((ref OkxJsonWriter w) => w.WriteStringValue(value, "T.M")));
    }

    [Fact]
    public void WriteStringValue_EveryControlCharacter_MatchesTable()
    {
        for (char c = '\0'; c < ' '; c++)
        {
            string expected = c switch
            {
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u00" + "0123456789abcdef"[c >> 4] + "0123456789abcdef"[c & 0xF],
            };
            char captured = c;

            Assert.Equal("\"" + expected + "\"", Write((ref OkxJsonWriter w) => w.WriteStringValue(captured.ToString(), "T.M")));
        }
    }

    [Fact]
    public void Structure_IsCompactWithCommasOnlyBetweenValues()
    {
        string json = Write((ref OkxJsonWriter w) =>
        {
            w.WriteStartObject();
            w.WriteEncodedPropertyName("\"a\":"u8);
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteEncodedPropertyName("\"b\":"u8);
            w.WriteBooleanValue(true);
            w.WriteEndObject();
            w.WriteStartArray();
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEncodedPropertyName("\"c\":"u8);
            w.WriteEncodedValue("\"post_only\""u8);
            w.WriteEncodedPropertyName("\"d\":"u8);
            w.WriteNumberAsString(-1L);
            w.WriteEncodedPropertyName("\"e\":"u8);
            w.WriteBooleanValue(false);
            w.WriteEndObject();
        });

        Assert.Equal("""{"a":[{},{"b":true},[]],"c":"post_only","d":"-1","e":false}""", json);
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Numbers_UnderHostileCulture_AreInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        string json = Write((ref OkxJsonWriter w) =>
        {
            w.WriteStartArray();
            w.WriteNumberAsString(0.010m);
            w.WriteNumberAsString(43250.5m);
            w.WriteNumberAsString(-1m);
            w.WriteNumberAsString(-1234567.890m);
            w.WriteNumberAsString(long.MinValue);
            w.WriteNumberAsString(int.MaxValue);
            w.WriteEndArray();
        });

        Assert.Equal("""["0.010","43250.5","-1","-1234567.890","-9223372036854775808","2147483647"]""", json);
    }

    [Fact]
    public void EveryPrefixOfBuffer_ReturnsFalseWithoutThrowing_ExactSizeSucceeds()
    {
        const string Expected = "{\"k\":[\"q\\\"\\n\u00e9\U0001F680\",\"0.010\",true]}";
        int length = Encoding.UTF8.GetByteCount(Expected);
        for (int size = 0; size < length; size++)
        {
            var buffer = new byte[size];
            var writer = new OkxJsonWriter(buffer);
            WriteSample(ref writer);

            Assert.False(writer.TryComplete(out int written), $"A {size}-byte buffer reported success.");
            Assert.Equal(0, written);
        }

        var exact = new byte[length];
        var exactWriter = new OkxJsonWriter(exact);
        WriteSample(ref exactWriter);
        Assert.True(exactWriter.TryComplete(out int exactWritten));
        Assert.Equal(length, exactWritten);
        Assert.Equal(Expected, Encoding.UTF8.GetString(exact));

        static void WriteSample(ref OkxJsonWriter w)
        {
            w.WriteStartObject();
            w.WriteEncodedPropertyName("\"k\":"u8);
            w.WriteStartArray();
            w.WriteStringValue("q\"\n\u00e9\U0001F680", "T.M");
            w.WriteNumberAsString(0.010m);
            w.WriteBooleanValue(true);
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(1, 64)]
    [InlineData(2, 64)]
    [InlineData(3, 64)]
    [InlineData(4, 64)]
    [InlineData(5, 64)]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 2)]
    public void LoneSurrogate_ThrowsNamingTheMember_WhateverTheBufferSize(int textIndex, int bufferSize)
    {
        string text = LoneSurrogateTexts[textIndex];

        var ex = Assert.Throws<ArgumentException>(() =>
        {
            var writer = new OkxJsonWriter(new byte[bufferSize]);
            writer.WriteStringValue(text, "Order.Tag");
        });

        Assert.Contains("Order.Tag", ex.Message, StringComparison.Ordinal);
    }

    private delegate void WriteAction(ref OkxJsonWriter writer);

    private static string Write(WriteAction write)
    {
        var buffer = new byte[1024];
        var writer = new OkxJsonWriter(buffer);
        write(ref writer);
        Assert.True(writer.TryComplete(out int written));
        Assert.Equal(written, writer.BytesWritten);
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
