using System;
using OkxGen.IntegrationTests.Endpoints;
using OkxGen.IntegrationTests.TestSupport;

namespace OkxGen.IntegrationTests;

/// <summary>
/// DateTimeOffset (Unix milliseconds, sub-millisecond ticks truncated) and every integer type from byte to ulong, in
/// bodies and queries, byte for byte against <c>member_types_oracle.py</c>'s vectors, under each test culture.
/// </summary>
public sealed class MemberTypeTests
{
    public static TheoryData<string, string> VectorsUnderCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in new[] { "highs", "lows", "before-epoch" })
        {
            foreach (string culture in CultureScope.Cultures)
            {
                data.Add(name, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorsUnderCultures))]
    public void Body_UnderCulture_MatchesOracle(string vector, string culture)
    {
        SigningVector expected = VectorFile.Get(VectorFile.MemberTypes, $"member-types-body-{vector}");
        using var scope = new CultureScope(culture);

        MemberTypesBodyRequest request = MemberTypeInputs.Of(expected.Name).Body();

        VectorAssert.Matches(expected, new BuiltRequest(request, request.ToJson, request.WriteBody));
    }

    [Theory]
    [MemberData(nameof(VectorsUnderCultures))]
    public void Query_UnderCulture_MatchesOracle(string vector, string culture)
    {
        SigningVector expected = VectorFile.Get(VectorFile.MemberTypes, $"member-types-query-{vector}");
        using var scope = new CultureScope(culture);

        MemberTypesQueryRequest request = MemberTypeInputs.Of(expected.Name).Query();

        VectorAssert.Matches(expected, new BuiltRequest(request, ToQueryString: request.ToQueryString, TryWriteQuery: request.TryWriteQuery));
    }

    [Fact]
    public void SubMillisecondTicks_AreTruncatedTowardTheEarlierInstant()
    {
        var justBeforeEpoch = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);
        var justAfterEpoch = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(9_999);

        var request = new MemberTypesQueryRequest { Begin = justBeforeEpoch, End = justAfterEpoch };

        Assert.StartsWith("?begin=-1&end=0&", request.ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("\"begin\":\"-1\",\"end\":\"0\"", new MemberTypesBodyRequest { Begin = justBeforeEpoch, End = justAfterEpoch }.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void TimestampOffset_DoesNotChangeTheInstantWritten()
    {
        var utc = new MemberTypesBodyRequest { Begin = new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero) };
        var shanghai = new MemberTypesBodyRequest { Begin = new DateTimeOffset(2020, 12, 8, 17, 8, 57, 715, TimeSpan.FromHours(8)) };

        Assert.Equal(utc.ToJson(), shanghai.ToJson());
        Assert.Contains("\"begin\":\"1607418537715\"", shanghai.ToJson(), StringComparison.Ordinal);
    }
}
