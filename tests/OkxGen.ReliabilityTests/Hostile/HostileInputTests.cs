using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;

namespace OkxGen.ReliabilityTests.Hostile;

/// <summary>Bad input gives an exception that names the member and the rule, and nothing leaves the machine.</summary>
public sealed class HostileInputTests
{
    private static readonly FuzzOrderRequest Order = new() { InstId = "BTC-USDT", Side = FuzzSide.Buy, Sz = 1m };

    // Passed by index: xUnit's theory serialization would turn a lone surrogate into U+FFFD before the test saw it.
    private static readonly string[] Surrogates = ["\uD800", "a\uDBFFb", "\uDC00", "ok\uDFFF", "\uDE80\uD83D", "\uD83D\uDE80\uD83D"];

    public static TheoryData<int> LoneSurrogates => new() { 0, 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task LoneSurrogateInABodyMember_IsRefusedNamingTheMember(int index)
    {
        string text = Surrogates[index];
        Assert.NotEqual(text, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))); // the case holds a lone surrogate
        await AssertRefused<ArgumentException>(Order with { ClOrdId = text }, "FuzzOrderRequest.ClOrdId", "surrogate");
        await AssertRefused<ArgumentException>(Order with { InstId = text }, "FuzzOrderRequest.InstId", "surrogate");
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task LoneSurrogateInANestedListOrQuery_IsRefusedNamingTheMember(int index)
    {
        string text = Surrogates[index];
        Assert.NotEqual(text, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))); // the case holds a lone surrogate
        await AssertRefused<ArgumentException>(Order with { AttachAlgoOrds = [new FuzzLeg(), new FuzzLeg { Tags = ["x", text] }] }, "Tags", "surrogate");
        await AssertRefused<ArgumentException>(new FuzzBatchRequest { Orders = [Order, Order with { Notes = [text] }] }, "Notes", "surrogate");
        await AssertRefused<ArgumentException>(new FuzzQueryRequest { InstId = text }, "FuzzQueryRequest.InstId", "surrogate");
        await AssertRefused<ArgumentException>(new FuzzQueryRequest { Ccy = ["BTC", text] }, "FuzzQueryRequest.Ccy", "surrogate");
    }

    [Fact]
    public async Task NullInARequiredMember_IsRefusedNamingTheMember()
    {
        await AssertRefused<ArgumentException>(Order with { InstId = null! }, "FuzzOrderRequest.InstId", "required");
        await AssertRefused<ArgumentException>(new FuzzBatchRequest { Orders = default! }, "FuzzBatchRequest.Orders", "required");

        // The same through reflection, as a deserializer or a mapper could leave it.
        FuzzOrderRequest order = Order with { };
        typeof(FuzzOrderRequest).GetProperty(nameof(FuzzOrderRequest.InstId))!.SetValue(order, null);
        await AssertRefused<ArgumentException>(order, "FuzzOrderRequest.InstId", "required");
    }

    [Fact]
    public async Task NullListElement_IsRefusedNamingTheMemberAndIndex()
    {
        await AssertRefused<ArgumentException>(Order with { Notes = ["a", null!] }, "FuzzOrderRequest.Notes[1]", "null");
        await AssertRefused<ArgumentException>(new FuzzBatchRequest { Orders = [Order, null!] }, "FuzzBatchRequest.Orders[1]", "null");
        await AssertRefused<ArgumentException>(new FuzzQueryRequest { Ccy = [null!] }, "FuzzQueryRequest.Ccy[0]", "null");
    }

    [Fact]
    public async Task EnumValueOutsideItsMembers_IsRefusedNamingTheMember()
    {
        await AssertRefused<ArgumentOutOfRangeException>(Order with { Side = (FuzzSide)42 }, "FuzzOrderRequest.Side", "not a declared member");
        await AssertRefused<ArgumentOutOfRangeException>(Order with { PosSide = (FuzzSide)(-1) }, "FuzzOrderRequest.PosSide", "not a declared member");
        await AssertRefused<ArgumentOutOfRangeException>(new FuzzQueryRequest { Side = (FuzzSide)42 }, "FuzzQueryRequest.Side", "not a declared member");
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-7.9228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000000")]
    [InlineData("-0.1000000000000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    public async Task DecimalWith28DigitsOfScale_IsWrittenExactly(string text)
    {
        // decimal.Parse keeps the scale of the text: these are the values whose text has the most digits.
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(text, ReferenceText.Decimal(value));
        var handler = new StubHandler("""{"code":"0","msg":"","data":[]}""");

        await TestKeys.StubClient(handler).SendAsync(Order with { Sz = value, Levels = [value] }, CancellationToken.None);

        CapturedRequest sent = Assert.Single(handler.Requests);
        Assert.Equal($$"""{"instId":"BTC-USDT","levels":["{{text}}"],"side":"buy","sz":"{{text}}"}""", Encoding.UTF8.GetString(sent.Body));
        Assert.Equal("?px=" + text, new FuzzQueryRequest { Px = value }.ToQueryString());
    }

    [Fact]
    public async Task BodyLargerThan16MiB_IsRefused_AndNothingIsSent()
    {
        string megabyte = new('a', 1024 * 1024);
        FuzzOrderRequest huge = Order with { Notes = Enumerable.Repeat(megabyte, 17).ToArray() };

        await AssertRefused<ArgumentException>(huge, "POST /api/v5/fuzz/order", "16 MiB");
    }

    [Fact]
    public async Task BodyJustUnder16MiB_IsSent()
    {
        string megabyte = new('a', 1024 * 1024);
        var handler = new StubHandler("""{"code":"0","msg":"","data":[]}""");

        await TestKeys.StubClient(handler).SendAsync(Order with { Notes = Enumerable.Repeat(megabyte, 15).ToArray() }, CancellationToken.None);

        Assert.True(Assert.Single(handler.Requests).Body.Length > 15 * 1024 * 1024);
    }

    [Fact]
    public async Task SignedEndpointWithoutCredentials_IsRefused_AndNothingIsSent()
    {
        var handler = new StubHandler("""{"code":"0","msg":"","data":[]}""");
        OkxClient client = TestKeys.StubClient(handler, options => options.Credentials = null);

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(Order, CancellationToken.None));

        Assert.Contains("POST /api/v5/fuzz/order", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Credentials", exception.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    private static async Task AssertRefused<TException>(IOkxRequest request, params string[] messageParts)
        where TException : Exception
    {
        var handler = new StubHandler("""{"code":"0","msg":"","data":[]}""");
        OkxClient client = TestKeys.StubClient(handler);

        TException exception = await Assert.ThrowsAsync<TException>(() => client.SendAsync(request, CancellationToken.None));

        foreach (string part in messageParts)
        {
            Assert.Contains(part, exception.Message, StringComparison.Ordinal);
        }

        Assert.Empty(handler.Requests);
    }
}
