using System;
using System.Globalization;
using System.Text;
using CsCheck;
using OkxGen.Serialization;

namespace OkxGen.Runtime.Tests.Serialization;

/// <summary>
/// The JSON writer formats decimals on a fast path of its own; the framework's invariant formatting is the oracle,
/// over every mantissa size, scale and sign.
/// </summary>
public sealed class DecimalFormattingTests
{
    private static readonly Gen<decimal> AnyDecimal =
        Gen.Select(Gen.Int, Gen.Int, Gen.Int.Select(hi => hi % 4 == 0 ? hi : 0), Gen.Bool, Gen.Byte[0, 28])
            .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale));

    [Theory]
    [InlineData("0")]
    [InlineData("0.010")]
    [InlineData("-0.000")]
    [InlineData("43250.5")]
    [InlineData("-1")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335")]
    public void Edges_MatchTheFramework(string text) =>
        AssertMatchesFramework(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    [Fact]
    public void AnyDecimal_MatchesTheFramework() =>
        AnyDecimal.Sample(AssertMatchesFramework, iter: 100_000);

    [Fact]
    public void TooSmallBuffer_ReturnsFalseWithoutThrowing()
    {
        decimal value = -12345.678m;
        int exact = value.ToString(CultureInfo.InvariantCulture).Length + 2;
        for (int size = 0; size < exact; size++)
        {
            var writer = new OkxJsonWriter(new byte[size]);
            writer.WriteNumberAsString(value);
            Assert.False(writer.TryComplete(out _));
        }
    }

    private static void AssertMatchesFramework(decimal value)
    {
        var buffer = new byte[64];
        var writer = new OkxJsonWriter(buffer);
        writer.WriteNumberAsString(value);
        Assert.True(writer.TryComplete(out int written));
        Assert.Equal("\"" + value.ToString(CultureInfo.InvariantCulture) + "\"", Encoding.UTF8.GetString(buffer, 0, written));
    }
}
