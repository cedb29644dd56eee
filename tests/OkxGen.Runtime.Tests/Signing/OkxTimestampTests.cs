using System;
using System.Globalization;
using System.Text;

namespace OkxGen.Runtime.Tests;

public sealed class OkxTimestampTests
{
    private const string OracleFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";

    private static readonly DateTimeOffset Documented = new(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);

    [Fact]
    public void FormatTimestamp_DocumentedInstant_MatchesOkxExample()
    {
        Assert.Equal("2020-12-08T09:08:57.715Z", FormatBoth(Documented));
    }

    [Theory]
    [InlineData(2020, 12, 8, 14, 38, 57, 715, 5 * 60 + 30, "2020-12-08T09:08:57.715Z")]
    [InlineData(2020, 12, 8, 1, 8, 57, 715, -8 * 60, "2020-12-08T09:08:57.715Z")]
    [InlineData(2020, 12, 31, 20, 0, 0, 1, -8 * 60, "2021-01-01T04:00:00.001Z")]
    [InlineData(2021, 1, 1, 3, 0, 0, 0, 5 * 60 + 30, "2020-12-31T21:30:00.000Z")]
    public void FormatTimestamp_WithOffset_WritesUtc(
        int year, int month, int day, int hour, int minute, int second, int millisecond, int offsetMinutes, string expected)
    {
        var time = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.FromMinutes(offsetMinutes));

        Assert.Equal(expected, FormatBoth(time));
    }

    [Fact]
    public void FormatTimestamp_LastTickOfSecond_TruncatesInsteadOfRounding()
    {
        DateTimeOffset time = new DateTimeOffset(2020, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond - 1);

        Assert.Equal("2020-12-31T23:59:59.999Z", FormatBoth(time));
    }

    [Fact]
    public void FormatTimestamp_ZeroMilliseconds_WritesThreeZeros()
    {
        var time = new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("2024-02-29T00:00:00.000Z", FormatBoth(time));
    }

    [Fact]
    public void FormatTimestamp_MinAndMaxValue_WritesFourDigitYears()
    {
        Assert.Equal("0001-01-01T00:00:00.000Z", FormatBoth(DateTimeOffset.MinValue));
        Assert.Equal("9999-12-31T23:59:59.999Z", FormatBoth(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void TryFormatTimestamp_MatchesStringOverload()
    {
        var destination = new byte[OkxSigner.TimestampLength + 8];

        Assert.True(OkxSigner.TryFormatTimestamp(Documented, destination, out int written));

        Assert.Equal(OkxSigner.TimestampLength, written);
        Assert.Equal(OkxSigner.FormatTimestamp(Documented), Encoding.UTF8.GetString(destination, 0, written));
    }

    [Fact]
    public void TryFormatTimestamp_DestinationTooSmall_ReturnsFalseAndWritesNothing()
    {
        var destination = new byte[OkxSigner.TimestampLength - 1];

        Assert.False(OkxSigner.TryFormatTimestamp(Documented, destination, out int written));

        Assert.Equal(0, written);
        Assert.All(destination, b => Assert.Equal(0, b));
    }

    [Theory]
    [MemberData(nameof(CultureScope.HostileCultures), MemberType = typeof(CultureScope))]
    public void FormatTimestamp_UnderHostileCulture_MatchesInvariant(string culture)
    {
        var destination = new byte[OkxSigner.TimestampLength];
        using (new CultureScope(culture))
        {
            Assert.Equal("2020-12-08T09:08:57.715Z", OkxSigner.FormatTimestamp(Documented));
            Assert.True(OkxSigner.TryFormatTimestamp(Documented, destination, out _));
        }

        Assert.Equal("2020-12-08T09:08:57.715Z"u8.ToArray(), destination);
    }

    // Without these the culture tests above could pass on a machine whose cultures are all Gregorian and ':'-separated.
    [Theory]
    [InlineData("th-TH", "yyyy", "2563")]
    [InlineData("fa-IR", "yyyy", "1399")]
    [InlineData("ar-SA", "yyyy", "1442")]
    [InlineData("da-DK", "HH:mm:ss", "09.08.57")]
    public void CultureFormatting_UnderHostileCulture_DiffersFromOkxFormat(string culture, string format, string expected)
    {
        using (new CultureScope(culture))
        {
            Assert.Equal(expected, Documented.UtcDateTime.ToString(format, CultureInfo.CurrentCulture));
        }
    }

    [Fact]
    public void FormatTimestamp_RandomInstants_MatchInvariantFormatOracle()
    {
        int seed = Random.Shared.Next();
        var random = new Random(seed);

        // A day of margin keeps every offset inside DateTimeOffset's range.
        long minTicks = DateTime.MinValue.Ticks + TimeSpan.TicksPerDay;
        long maxTicks = DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay;
        for (int i = 0; i < 5000; i++)
        {
            var utc = new DateTimeOffset(random.NextInt64(minTicks, maxTicks), TimeSpan.Zero);
            DateTimeOffset time = utc.ToOffset(TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1)));

            string expected = time.UtcDateTime.ToString(OracleFormat, CultureInfo.InvariantCulture);
            string text = OkxSigner.FormatTimestamp(time);
            string utf8 = FormatUtf8(time);

            Assert.True(
                expected == text && expected == utf8,
                $"seed {seed}, ticks {time.UtcTicks}, offset {time.Offset}: expected {expected}, got {text} and UTF-8 {utf8}");
        }
    }

    /// <summary>Formats with both overloads, so that every expectation here covers the UTF-8 writer too.</summary>
    private static string FormatBoth(DateTimeOffset time)
    {
        string text = OkxSigner.FormatTimestamp(time);
        Assert.Equal(text, FormatUtf8(time));
        return text;
    }

    private static string FormatUtf8(DateTimeOffset time)
    {
        var utf8 = new byte[OkxSigner.TimestampLength];
        Assert.True(OkxSigner.TryFormatTimestamp(time, utf8, out int written));
        return Encoding.UTF8.GetString(utf8, 0, written);
    }
}
