using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

/// <summary>The reference data ccxt loads before trading: instruments per type with OKX's filters, underlyings, currencies.</summary>
public sealed class InstrumentAndCurrencyTests
{
    [Theory]
    [InlineData("SPOT", "BTC-USDT,ETH-USDT")]
    [InlineData("MARGIN", "BTC-USDT,ETH-USDT")]
    [InlineData("SWAP", "BTC-USDT-SWAP,BTC-USD-SWAP")]
    [InlineData("FUTURES", "BTC-USDT-261225,BTC-USD-261225")]
    public async Task Instruments_ListOnlyTheRequestedType(string instType, string expectedIds)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/instruments?instType=" + instType);

        Assert.Equal(expectedIds.Split(','), Ids(answer));
        Assert.All(answer.Data.EnumerateArray(), i => Assert.Equal(instType, i.GetProperty("instType").GetString()));
    }

    [Fact]
    public async Task Futures_CarryExpiryAndContractFields_SpotDoesNot()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        JsonElement future = (await scope.SendSignedAsync("GET", "/api/v5/public/instruments?instType=FUTURES&instId=BTC-USDT-261225")).Data.EnumerateArray().Single();
        JsonElement spot = (await scope.SendSignedAsync("GET", "/api/v5/public/instruments?instType=SPOT&instId=BTC-USDT")).Data.EnumerateArray().Single();

        Assert.Equal(("1798185600000", "linear", "0.01", "USDT", "BTC-USDT", ""), Fields(future, "expTime", "ctType", "ctVal", "settleCcy", "uly", "baseCcy"));
        Assert.Equal(("", "", "", "", "", "BTC"), Fields(spot, "expTime", "ctType", "ctVal", "settleCcy", "uly", "baseCcy"));
        Assert.Equal("USDT", spot.GetProperty("quoteCcy").GetString());
    }

    [Theory]
    [InlineData("uly=BTC-USD")]
    [InlineData("instFamily=BTC-USD")]
    public async Task Options_AreListedForTheirUnderlyingOrFamily_AsCallAndPut(string filter)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/instruments?instType=OPTION&" + filter);

        Assert.Equal(["BTC-USD-261225-100000-C", "BTC-USD-261225-100000-P"], Ids(answer));
        Assert.Equal(["C", "P"], answer.Data.EnumerateArray().Select(i => i.GetProperty("optType").GetString()));
        Assert.All(answer.Data.EnumerateArray(), i => Assert.Equal(("100000", "BTC"), (i.GetProperty("stk").GetString(), i.GetProperty("settleCcy").GetString())));
    }

    [Fact]
    public async Task Options_WithoutUnderlyingOrFamily_Get50015()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/instruments?instType=OPTION");

        Assert.Equal((HttpStatusCode.BadRequest, "50015"), (answer.Status, answer.Code));
    }

    [Theory]
    [InlineData("instType=SWAP&uly=BTC-USDT", "BTC-USDT-SWAP")]
    [InlineData("instType=SWAP&instFamily=BTC-USD", "BTC-USD-SWAP")]
    [InlineData("instType=FUTURES&uly=BTC-USD", "BTC-USD-261225")]
    [InlineData("instType=OPTION&uly=BTC-USDT", "")]
    [InlineData("instType=SPOT&instId=ETH-USDT", "ETH-USDT")]
    [InlineData("instType=SPOT&instId=DOGE-USDT", "")]
    public async Task Instruments_HonourUlyInstFamilyAndInstId(string query, string expectedIds)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/instruments?" + query);

        Assert.Equal("0", answer.Code);
        Assert.Equal(expectedIds.Split(',', StringSplitOptions.RemoveEmptyEntries), Ids(answer));
    }

    [Theory]
    [InlineData("", "50014")]
    [InlineData("?instType=BONDS", "51000")]
    public async Task Instruments_WithoutAKnownType_AreRefused(string query, string code)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/instruments" + query);

        Assert.Equal((HttpStatusCode.BadRequest, code), (answer.Status, answer.Code));
    }

    [Fact]
    public async Task Underlying_IsOneArrayOfUnderlyings()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/public/underlying?instType=SWAP");

        JsonElement list = Assert.Single(answer.Data.EnumerateArray());
        Assert.Equal(["BTC-USDT", "BTC-USD"], list.EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Currencies_ListEveryChain_AndHonourCcy()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer all = await scope.SendSignedAsync("GET", "/api/v5/asset/currencies");
        OkxAnswer usdt = await scope.SendSignedAsync("GET", "/api/v5/asset/currencies?ccy=USDT");

        Assert.Contains("BTC", all.Data.EnumerateArray().Select(c => c.GetProperty("ccy").GetString()));
        Assert.Equal(["USDT-ERC20", "USDT-TRC20"], usdt.Data.EnumerateArray().Select(c => c.GetProperty("chain").GetString()));
        JsonElement first = usdt.Data[0];
        Assert.Equal(JsonValueKind.True, first.GetProperty("canWd").ValueKind);
        Assert.Equal(JsonValueKind.String, first.GetProperty("minWd").ValueKind);
    }

    [Fact]
    public async Task Currencies_NeedASignedRequest()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver("GET", "/api/v5/asset/currencies", scope.Now, null, "bad"));

        Assert.Equal("50113", answer.Code);
    }

    private static List<string?> Ids(OkxAnswer answer) =>
        answer.Data.EnumerateArray().Select(i => i.GetProperty("instId").GetString()).ToList();

    private static (string?, string?, string?, string?, string?, string?) Fields(JsonElement item, string a, string b, string c, string d, string e, string f) =>
        (item.GetProperty(a).GetString(), item.GetProperty(b).GetString(), item.GetProperty(c).GetString(), item.GetProperty(d).GetString(), item.GetProperty(e).GetString(), item.GetProperty(f).GetString());
}
