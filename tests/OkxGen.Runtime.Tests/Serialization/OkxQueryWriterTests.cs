using System;
using System.Text;
using OkxGen.Serialization;

namespace OkxGen.Runtime.Tests;

public sealed class OkxQueryWriterTests
{
    // By index: xUnit serializes theory data, and a lone surrogate does not survive that trip.
    private static readonly string[] LoneSurrogateTexts = ["\uD800", "a\uDC00", "\uD83D", "\uDE80\uD83D"];

    [Theory]
    [InlineData(" ", "%20")]
    [InlineData("&", "%26")]
    [InlineData("=", "%3D")]
    [InlineData("+", "%2B")]
    [InlineData("#", "%23")]
    [InlineData("%", "%25")]
    [InlineData("?", "%3F")]
    [InlineData("/", "%2F")]
    [InlineData(":", "%3A")]
    [InlineData("\n", "%0A")]
    [InlineData("\u0000", "%00")]
    [InlineData("\u007f", "%7F")]
    [InlineData("\u00e9", "%C3%A9")]
    [InlineData("\u00ff", "%C3%BF")]
    [InlineData("\U0001F680", "%F0%9F%9A%80")]
    [InlineData(",", ",")]
    [InlineData("-._~", "-._~")]
    [InlineData("AZaz09", "AZaz09")]
    [InlineData("", "")]
    public void WriteStringValue_PercentEncodesOutsideUnreservedAndComma(string value, string expected)
    {
        Assert.Equal("?k=" + expected, Write((ref OkxQueryWriter w) =>
        {
            w.WriteParameterName("k"u8);
            w.WriteStringValue(value, "T.M");
        }));
    }

    [Fact]
    public void EveryAsciiCharacter_MatchesRfc3986UnreservedPlusComma()
    {
        for (char c = '\0'; c < (char)0x80; c++)
        {
            bool raw = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' or ',';
            string expected = raw ? c.ToString() : "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            char captured = c;

            Assert.Equal(expected, Write((ref OkxQueryWriter w) => w.WriteStringValue(captured.ToString(), "T.M")));
        }
    }

    [Fact]
    public void Parameters_FirstGetsQuestionMark_OthersAmpersand_NoneWritesNothing()
    {
        Assert.Equal("/api/v5/x", Write((ref OkxQueryWriter w) => w.WritePath("/api/v5/x"u8)));

        Assert.Equal("/api/v5/x?a=1&b=true&c=BTC,ETH&d=SPOT", Write((ref OkxQueryWriter w) =>
        {
            w.WritePath("/api/v5/x"u8);
            w.WriteParameterName("a"u8);
            w.WriteNumber(1);
            w.WriteParameterName("b"u8);
            w.WriteBoolean(true);
            w.WriteParameterName("c"u8);
            w.WriteStringValue("BTC", "T.M");
            w.WriteListSeparator();
            w.WriteStringValue("ETH", "T.M");
            w.WriteParameterName("d"u8);
            w.WriteEncodedValue("SPOT"u8);
        }));
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void Numbers_UnderHostileCulture_AreInvariant(string culture)
    {
        using var scope = new CultureScope(culture);

        string query = Write((ref OkxQueryWriter w) =>
        {
            w.WriteParameterName("a"u8);
            w.WriteNumber(0.010m);
            w.WriteParameterName("b"u8);
            w.WriteNumber(-43250.5m);
            w.WriteParameterName("c"u8);
            w.WriteNumber(long.MinValue);
            w.WriteParameterName("d"u8);
            w.WriteNumber(-1);
            w.WriteParameterName("e"u8);
            w.WriteBoolean(false);
        });

        Assert.Equal("?a=0.010&b=-43250.5&c=-9223372036854775808&d=-1&e=false", query);
    }

    [Fact]
    public void EveryPrefixOfBuffer_ReturnsFalseWithoutThrowing_ExactSizeSucceeds()
    {
        const string Expected = "/api/v5/x?q=a%20%C3%A9%F0%9F%9A%80,b&n=-0.010&t=true";
        for (int size = 0; size < Expected.Length; size++)
        {
            var buffer = new byte[size];
            var writer = new OkxQueryWriter(buffer);
            WriteSample(ref writer);

            Assert.False(writer.TryComplete(out int written), $"A {size}-byte buffer reported success.");
            Assert.Equal(0, written);
        }

        var exact = new byte[Expected.Length];
        var exactWriter = new OkxQueryWriter(exact);
        WriteSample(ref exactWriter);
        Assert.True(exactWriter.TryComplete(out int exactWritten));
        Assert.Equal(Expected.Length, exactWritten);
        Assert.Equal(Expected, Encoding.ASCII.GetString(exact));

        static void WriteSample(ref OkxQueryWriter w)
        {
            w.WritePath("/api/v5/x"u8);
            w.WriteParameterName("q"u8);
            w.WriteStringValue("a \u00e9\U0001F680,b", "T.M");
            w.WriteParameterName("n"u8);
            w.WriteNumber(-0.010m);
            w.WriteParameterName("t"u8);
            w.WriteBoolean(true);
        }
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(1, 64)]
    [InlineData(2, 64)]
    [InlineData(3, 64)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    public void LoneSurrogate_ThrowsNamingTheMember_WhateverTheBufferSize(int textIndex, int bufferSize)
    {
        string text = LoneSurrogateTexts[textIndex];

        var ex = Assert.Throws<ArgumentException>(() =>
        {
            var writer = new OkxQueryWriter(new byte[bufferSize]);
            writer.WriteStringValue(text, "Query.Ccy");
        });

        Assert.Contains("Query.Ccy", ex.Message, StringComparison.Ordinal);
    }

    private delegate void WriteAction(ref OkxQueryWriter writer);

    private static string Write(WriteAction write)
    {
        var buffer = new byte[1024];
        var writer = new OkxQueryWriter(buffer);
        write(ref writer);
        Assert.True(writer.TryComplete(out int written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
