using System.Collections.Generic;

namespace OkxGen.WebSockets.Tests.Books;

public sealed class OkxBookChecksumTests
{
    // Expected values from Python: zlib.crc32(text.encode()) as a signed 32-bit integer, over the check strings of
    // OKX's "Calculate Checksum" examples and over the 8-level snapshot of its order book page.
    [Fact]
    public void Checksum_OfDocsExampleWithBothSides_MatchesPythonCrc32()
    {
        // "3366.1:7:3366.8:9:3366:6:3368:8"
        IReadOnlyList<OkxBookLevel> bids = [Level("3366.1", "7"), Level("3366", "6")];
        IReadOnlyList<OkxBookLevel> asks = [Level("3366.8", "9"), Level("3368", "8")];

        Assert.Equal(-1881014294, OkxBookChecksum.Compute(bids, asks));
    }

    [Fact]
    public void Checksum_WithFewerBidsThanAsks_SkipsMissingLevels()
    {
        // "3366.1:7:3366.8:9:3368:8:3372:8"
        IReadOnlyList<OkxBookLevel> bids = [Level("3366.1", "7")];
        IReadOnlyList<OkxBookLevel> asks = [Level("3366.8", "9"), Level("3368", "8"), Level("3372", "8")];

        Assert.Equal(831078360, OkxBookChecksum.Compute(bids, asks));
    }

    [Fact]
    public void Checksum_UsesTheOriginalStrings_NotReformattedNumbers()
    {
        IReadOnlyList<OkxBookLevel> bids = [Level("3366.10", "7"), Level("3366", "6")];
        IReadOnlyList<OkxBookLevel> asks = [Level("3366.8", "9"), Level("3368", "8")];

        Assert.NotEqual(-1881014294, OkxBookChecksum.Compute(bids, asks));
    }

    [Fact]
    public void Checksum_OfMoreThan25Levels_CoversTheTop25Only()
    {
        var bids = new List<OkxBookLevel>();
        var asks = new List<OkxBookLevel>();
        for (int i = 0; i < 30; i++)
        {
            bids.Add(Level((100 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), "1"));
            asks.Add(Level((101 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "2"));
        }

        int top25 = OkxBookChecksum.Compute(bids.GetRange(0, 25), asks.GetRange(0, 25));

        Assert.Equal(top25, OkxBookChecksum.Compute(bids, asks));
        // python3: bids 100..76 size 1, asks 101..125 size 2, interleaved, zlib.crc32 signed
        Assert.Equal(PythonTop25, top25);
    }

    internal const int PythonTop25 = -1814428865;

    internal static OkxBookLevel Level(string price, string size) =>
        new(price, size, "1", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
}
