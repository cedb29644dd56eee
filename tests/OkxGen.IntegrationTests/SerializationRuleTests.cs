using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using OkxGen.IntegrationTests.Endpoints;
using OkxGen.IntegrationTests.TestSupport;
using OkxGen.Serialization;

namespace OkxGen.IntegrationTests;

/// <summary>
/// One test per rule of the canonical form, on generated code. Each expectation is written by hand from the rule
/// (or taken from <c>oracle.py</c>), never copied from OkxGen's output.
/// </summary>
public sealed class SerializationRuleTests
{
    public static TheoryData<string> OracleNames => VectorFile.NamesIn(VectorFile.Oracle);

    public static TheoryData<decimal, string> DecimalsWithScale => new()
    {
        { 0.010m, "0.010" },
        { 0.01m, "0.01" },
        { 1.000m, "1.000" },
        { 100m, "100" },
        { 43250.5m, "43250.5" },
        { -1m, "-1" },
        { 0m, "0" },
        { 0.000001m, "0.000001" },
        { decimal.MaxValue, "79228162514264337593543950335" },
        { decimal.MinValue, "-79228162514264337593543950335" },
    };

    [Fact]
    public void NullMembers_AreOmitted()
    {
        AssertBody("""{"text":"a"}""", new RuleProbeRequest { Text = "a" });
        AssertBody("""{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""", new PlaceOrderRequest
        {
            InstId = "BTC-USDT",
            TdMode = TradeMode.Cash,
            Side = OrderSide.Buy,
            OrdType = OrderType.Market,
            Sz = 1m,
        });
        Assert.Equal("?q=a", new QueryProbeRequest { Q = "a" }.ToQueryString());
    }

    [Fact]
    public void NullMembersOfNestedObjects_AreOmitted()
    {
        AssertBody("""{"outer":{"inner":{}}}""", new RuleProbeRequest { Outer = new RuleOuter { Inner = new RuleInner() } });
    }

    [Fact]
    public void EmptyStrings_AreWritten()
    {
        AssertBody("""{"labels":[""],"text":""}""", new RuleProbeRequest { Text = "", Labels = new List<string> { "" } });
        Assert.Equal("?q=", new QueryProbeRequest { Q = "" }.ToQueryString());
    }

    [Fact]
    public void EmptyLists_AreWrittenAsEmptyArrays()
    {
        AssertBody("""{"grid":[[]],"labels":[]}""", new RuleProbeRequest
        {
            Labels = new List<string>(),
            Grid = new List<IReadOnlyList<decimal>> { new List<decimal>() },
        });
    }

    [Theory]
    [MemberData(nameof(DecimalsWithScale))]
    public void Decimals_KeepTheirScale_InBodyAndQuery(decimal value, string expected)
    {
        AssertBody($$"""{"amount":"{{expected}}"}""", new RuleProbeRequest { Amount = value });
        Assert.Equal($"?px={expected}", new QueryProbeRequest { Px = value }.ToQueryString());
    }

    [Fact]
    public void Integers_AreWrittenAsJsonStrings()
    {
        AssertBody("""{"big":"-9223372036854775808","count":"2147483647"}""", new RuleProbeRequest { Big = long.MinValue, Count = int.MaxValue });
        Assert.Equal("?after=9223372036854775807&limit=-1", new QueryProbeRequest { After = long.MaxValue, Limit = -1 }.ToQueryString());
    }

    [Fact]
    public void Booleans_AreJsonLiterals()
    {
        AssertBody("""{"flag":true}""", new RuleProbeRequest { Flag = true });
        AssertBody("""{"flag":false}""", new RuleProbeRequest { Flag = false });
        Assert.Equal("?simple=false", new QueryProbeRequest { Simple = false }.ToQueryString());
    }

    [Theory]
    [InlineData(OrderType.Market, "market")]
    [InlineData(OrderType.PostOnly, "post_only")]
    [InlineData(OrderType.OptimalLimitIoc, "optimal_limit_ioc")]
    [InlineData(OrderType.MmpAndPostOnly, "mmp_and_post_only")]
    [InlineData(OrderType.Fok, "fok")]
    public void EnumMembers_AreLowerSnakeCase(OrderType value, string expected)
    {
        AssertBody($$"""{"ordType":"{{expected}}"}""", new RuleProbeRequest { OrdType = value });
        Assert.Equal($"?ordType={expected}", new QueryProbeRequest { Kind = value }.ToQueryString());
    }

    [Theory]
    [InlineData(InstrumentType.Spot, "SPOT")]
    [InlineData(InstrumentType.Swap, "SWAP")]
    [InlineData(InstrumentType.Option, "OPTION")]
    public void EnumMembersWithOkxValue_UseIt(InstrumentType value, string expected)
    {
        AssertBody($$"""{"instType":"{{expected}}"}""", new RuleProbeRequest { InstType = value });
        Assert.Equal($"?instType={expected}", new QueryProbeRequest { InstType = value }.ToQueryString());
    }

    [Fact]
    public void UndefinedEnumValue_ThrowsNamingTheMember()
    {
        var request = new RuleProbeRequest { OrdType = (OrderType)99 };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => request.TryWriteBody(new byte[256], out _));

        Assert.Contains("RuleProbeRequest.OrdType", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonPropertyName_RenamesAndSortsByTheNewName()
    {
        // "Zulu" sorts before "amount": keys are ordered by code point, and 'Z' (U+005A) < 'a' (U+0061).
        AssertBody("""{"Zulu":"r","amount":"1","text":"t"}""", new RuleProbeRequest { Text = "t", Amount = 1m, Renamed = "r" });
        Assert.Equal("?ordType=fok&q=x", new QueryProbeRequest { Kind = OrderType.Fok, Q = "x" }.ToQueryString());
    }

    [Fact]
    public void JsonIgnore_LeavesTheMemberOut()
    {
        AssertBody("{}", new RuleProbeRequest { LocalNote = "local" });
        AssertBody("""{"text":"t"}""", new RuleProbeRequest { LocalNote = "local", Text = "t" });
        Assert.Equal("", new QueryProbeRequest { LocalNote = "local" }.ToQueryString());
    }

    [Fact]
    public void NestedObjects_AreSortedAtEveryLevel()
    {
        var request = new RuleProbeRequest
        {
            Text = "t",
            Outer = new RuleOuter
            {
                Zeta = "z",
                Inner = new RuleInner { Zed = 1, Deep = new RuleDeep { Yy = true, Aa = 2m }, Beta = "b" },
                Alpha = "a",
                Items = new List<RuleInner> { new() { Zed = 3, Beta = "c" }, new() { Deep = new RuleDeep { Yy = false, Aa = 0.5m } } },
            },
        };

        AssertBody(
            """{"outer":{"alpha":"a","inner":{"beta":"b","deep":{"aa":"2","yy":true},"zed":"1"},"items":[{"beta":"c","zed":"3"},{"deep":{"aa":"0.5","yy":false}}],"zeta":"z"},"text":"t"}""",
            request);
    }

    [Fact]
    public void ListsOfLists_KeepTheirOrder()
    {
        var request = new RuleProbeRequest
        {
            Grid = new List<IReadOnlyList<decimal>> { new List<decimal> { 3m, 1m }, new List<decimal>(), new List<decimal> { 2.50m } },
        };

        AssertBody("""{"grid":[["3","1"],[],["2.50"]]}""", request);
    }

    [Fact]
    public void PostWithNothingSet_WritesEmptyObject()
    {
        AssertBody("{}", new RuleProbeRequest());
        AssertBody("{}", new EmptyPostRequest());
    }

    [Fact]
    public void GetWithNothingSet_HasNoQuestionMark()
    {
        var probe = new QueryProbeRequest();
        Assert.Equal("", probe.ToQueryString());
        Assert.Equal("/api/v5/test/query-probe", OkxRequestWriter.GetRequestPath(probe));
        Assert.True(probe.TryWriteQuery(Span<byte>.Empty, out int written));
        Assert.Equal(0, written);

        var config = new GetAccountConfigRequest();
        Assert.Equal("", config.ToQueryString());
        Assert.Equal("/api/v5/account/config", OkxRequestWriter.GetRequestPath(config));
    }

    [Fact]
    public void GetParameters_AreSortedAndJoinedByAmpersand()
    {
        var request = new QueryProbeRequest { Simple = true, Q = "x", After = 5, Ccy = new List<string> { "BTC", "ETH" } };

        Assert.Equal("/api/v5/test/query-probe?after=5&ccy=BTC,ETH&q=x&simple=true", OkxRequestWriter.GetRequestPath(request));
    }

    [Theory]
    [InlineData(" ", "%20")]
    [InlineData("&", "%26")]
    [InlineData("=", "%3D")]
    [InlineData("+", "%2B")]
    [InlineData("#", "%23")]
    [InlineData("%", "%25")]
    [InlineData("\n", "%0A")]
    [InlineData("/", "%2F")]
    [InlineData("?", "%3F")]
    [InlineData("\"", "%22")]
    [InlineData("\u00e9", "%C3%A9")]
    [InlineData("\u00ff", "%C3%BF")]
    [InlineData("\u8ba2", "%E8%AE%A2")]
    [InlineData("\U0001F680", "%F0%9F%9A%80")]
    [InlineData(",", ",")]
    [InlineData("-._~", "-._~")]
    [InlineData("AZaz09", "AZaz09")]
    [InlineData("BTC,ETH", "BTC,ETH")]
    [InlineData("a b", "a%20b")]
    public void QueryText_IsPercentEncodedWithUpperCaseHex(string value, string expected)
    {
        var request = new QueryProbeRequest { Q = value };

        Assert.Equal("?q=" + expected, request.ToQueryString());
        Assert.Equal("/api/v5/test/query-probe?q=" + expected, OkxRequestWriter.GetRequestPath(request));
    }

    [Fact]
    public void QueryListItems_AreEncodedOneByOne_CommaStaysRaw()
    {
        var request = new QueryProbeRequest { Ccy = new List<string> { "a b", "c&d", "" } };

        Assert.Equal("?ccy=a%20b,c%26d,", request.ToQueryString());
    }

    [Theory]
    [InlineData("\"", "\\\"")]
    [InlineData("\\", "\\\\")]
    [InlineData("\b", "\\b")]
    [InlineData("\f", "\\f")]
    [InlineData("\n", "\\n")]
    [InlineData("\r", "\\r")]
    [InlineData("\t", "\\t")]
    [InlineData("\u0000", "\\u0000")]
    [InlineData("\u0001", "\\u0001")]
    [InlineData("\u000b", "\\u000b")]
    [InlineData("\u001a", "\\u001a")]
    [InlineData("\u001f", "\\u001f")]
    [InlineData("/", "/")]
    [InlineData("<", "<")]
    [InlineData(">", ">")]
    [InlineData("&", "&")]
    [InlineData("'", "'")]
    [InlineData("+", "+")]
    [InlineData("\u007f", "\u007f")]
    [InlineData("\u0080", "\u0080")]
    [InlineData("\u2028", "\u2028")]
    [InlineData("\u2029", "\u2029")]
    [InlineData("\u00e9", "\u00e9")]
    [InlineData("\u8ba2\u5355", "\u8ba2\u5355")]
    [InlineData("\U0001F680", "\U0001F680")]
    [InlineData("\uFFFD", "\uFFFD")]
    [InlineData("a\"b\\c\nd", "a\\\"b\\\\c\\nd")]
    public void JsonText_IsEscapedMinimally(string value, string expectedEscaped)
    {
        AssertBody("{\"text\":\"" + expectedEscaped + "\"}", new RuleProbeRequest { Text = value });
    }

    // By index: xUnit serializes theory data, and a lone surrogate does not survive that trip.
    private static readonly string[] LoneSurrogateTexts = ["\uD800", "a\uDC00b", "ok\uD83D", "\uDE80\uD83D", "\n\uD800\n", "\U0001F680\uDC00"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void LoneSurrogate_ThrowsNamingTheProperty(int textIndex)
    {
        string value = LoneSurrogateTexts[textIndex];
        var body = new RuleProbeRequest { Text = value };
        var ex = Assert.Throws<ArgumentException>(() => body.TryWriteBody(new byte[1024], out _));
        Assert.Contains("RuleProbeRequest.Text", ex.Message, StringComparison.Ordinal);

        // Even when the buffer is already full: invalid text is an error whatever the buffer size.
        ex = Assert.Throws<ArgumentException>(() => body.TryWriteBody(new byte[3], out _));
        Assert.Contains("RuleProbeRequest.Text", ex.Message, StringComparison.Ordinal);

        var query = new QueryProbeRequest { Q = value };
        ex = Assert.Throws<ArgumentException>(() => query.ToQueryString());
        Assert.Contains("QueryProbeRequest.Q", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogateInNestedObject_ThrowsNamingTheNestedProperty()
    {
        var request = new RuleProbeRequest { Outer = new RuleOuter { Alpha = "x\uD800" } };

        var ex = Assert.Throws<ArgumentException>(() => request.ToJson());

        Assert.Contains("RuleOuter.Alpha", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredMemberNull_ThrowsNamingTheMember()
    {
        var request = new PlaceOrderRequest { InstId = null!, TdMode = TradeMode.Cash, Side = OrderSide.Buy, OrdType = OrderType.Market, Sz = 1m };

        var ex = Assert.Throws<ArgumentException>(() => request.ToJson());

        Assert.Contains("PlaceOrderRequest.InstId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullListElement_ThrowsNamingTheList()
    {
        var request = new PlaceBatchOrdersRequest { Orders = new List<PlaceOrderRequest> { null! } };

        var ex = Assert.Throws<ArgumentException>(() => request.ToJson());

        Assert.Contains("PlaceBatchOrdersRequest.Orders", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointInfo_ComesFromTheAttribute()
    {
        Assert.Equal("POST", PlaceOrderRequest.Endpoint.Method);
        Assert.Equal("/api/v5/trade/order", PlaceOrderRequest.Endpoint.Path);
        Assert.True(PlaceOrderRequest.Endpoint.IsSigned);
        Assert.True(PlaceOrderRequest.Endpoint.AcceptsExpTime);
        Assert.False(CancelOrderRequest.Endpoint.AcceptsExpTime);
        Assert.Equal("GET", GetBalanceRequest.Endpoint.Method);
        Assert.False(GetBalanceRequest.Endpoint.HasBody);
    }

    [Theory]
    [MemberData(nameof(OracleNames))]
    public void OracleVector_BodyPathPrehashAndSignatureMatch(string name)
    {
        if (name == "astral-names-code-point-order")
        {
            // Covered by AstralWireNames_AreSortedByCodePoint below.
            return;
        }

        SigningVector vector = VectorFile.Get(VectorFile.Oracle, name);

        VectorAssert.Matches(vector, VectorRequests.Build(vector));
    }

    [Fact]
    public void AstralWireNames_AreSortedByCodePoint()
    {
        SigningVector vector = VectorFile.Get(VectorFile.Oracle, "astral-names-code-point-order");

        VectorAssert.Matches(vector, VectorRequests.Build(vector));
    }

    /// <summary>The body through all three generated writers: TryWriteBody, WriteBody and ToJson must agree.</summary>
    private static void AssertBody(string expected, RuleProbeRequest request) =>
        AssertBody(expected, request, request.ToJson(), request.WriteBody);

    private static void AssertBody(string expected, PlaceOrderRequest request) =>
        AssertBody(expected, request, request.ToJson(), request.WriteBody);

    private static void AssertBody(string expected, EmptyPostRequest request) =>
        AssertBody(expected, request, request.ToJson(), request.WriteBody);

    private static void AssertBody(string expected, IOkxRequest request, string json, Action<IBufferWriter<byte>> writeBody)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(expected);
        Assert.Equal(expected, json);

        var exact = new byte[utf8.Length];
        Assert.True(request.TryWriteBody(exact, out int written));
        Assert.Equal(utf8.Length, written);
        Assert.Equal(utf8, exact);

        var tooSmall = new byte[utf8.Length - 1];
        Assert.False(request.TryWriteBody(tooSmall, out written));
        Assert.Equal(0, written);

        var bufferWriter = new ArrayBufferWriter<byte>(1);
        writeBody(bufferWriter);
        Assert.Equal(utf8, bufferWriter.WrittenSpan.ToArray());
    }
}
