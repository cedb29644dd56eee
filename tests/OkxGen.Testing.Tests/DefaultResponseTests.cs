using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OkxGen.Testing.Tests;

public sealed class DefaultResponseTests
{
    [Theory]
    [InlineData("GET", "/api/v5/public/time", null)]
    [InlineData("GET", "/api/v5/public/instruments?instType=SPOT", null)]
    [InlineData("GET", "/api/v5/public/instruments?instType=SWAP", null)]
    [InlineData("GET", "/api/v5/market/ticker?instId=BTC-USDT", null)]
    [InlineData("GET", "/api/v5/market/candles?instId=BTC-USDT", null)]
    [InlineData("GET", "/api/v5/market/books?instId=BTC-USDT", null)]
    [InlineData("GET", "/api/v5/account/balance", null)]
    [InlineData("GET", "/api/v5/account/balance?ccy=BTC,ETH", null)]
    [InlineData("GET", "/api/v5/account/config", null)]
    [InlineData("GET", "/api/v5/account/positions", null)]
    [InlineData("GET", "/api/v5/public/instruments?instType=MARGIN", null)]
    [InlineData("GET", "/api/v5/public/instruments?instType=FUTURES", null)]
    [InlineData("GET", "/api/v5/public/instruments?instType=OPTION&uly=BTC-USD", null)]
    [InlineData("GET", "/api/v5/public/underlying?instType=OPTION", null)]
    [InlineData("GET", "/api/v5/asset/currencies", null)]
    [InlineData("POST", "/api/v5/trade/order", """{"clOrdId":"c1","instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}""")]
    [InlineData("POST", "/api/v5/trade/batch-orders", """[{"clOrdId":"a1","instId":"BTC-USDT","ordType":"market","side":"buy","sz":"1","tdMode":"cash"}]""")]
    [InlineData("POST", "/api/v5/account/set-leverage", """{"instId":"BTC-USDT-SWAP","lever":"5","mgnMode":"cross"}""")]
    public async Task DefaultEndpoint_AnswersAnOkxEnvelopeWithStringNumbers(string method, string target, string? body)
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync(method, target, body);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("0", answer.Code);
        Assert.Equal(string.Empty, answer.Message);
        Assert.Equal(JsonValueKind.Array, answer.Data.ValueKind);
        Assert.NotEqual(0, answer.Data.GetArrayLength());
        AssertNoJsonNumbers(answer.Root, "$");
    }

    [Fact]
    public async Task Balance_HasOneDetailPerRequestedCurrency()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/account/balance?ccy=BTC,ETH,SOL");

        JsonElement details = answer.Data[0].GetProperty("details");
        Assert.Equal(3, details.GetArrayLength());
        Assert.Equal("SOL", details[2].GetProperty("ccy").GetString());
    }

    [Fact]
    public async Task UnknownPath_Is404WithDocumentedCode()
    {
        await using ServerScope scope = await ServerScope.StartAsync();

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/account/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(OkxErrorCodes.NotFound, answer.Code);
        Assert.Contains("/api/v5/account/no-such-thing", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Respond_OverridesTheDefault_AndClearResponsesRestoresIt()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.Respond("POST", "/api/v5/trade/order", request => OkxTestResponse.Error("51000", "Parameter sz error: " + request.BodyText.Length));
        scope.Server.Respond("/api/v5/account/config", """{"code":"0","msg":"","data":[{"uid":"7"}]}""");

        OkxAnswer order = await scope.SendSignedAsync("POST", "/api/v5/trade/order", """{"sz":"0"}""");
        OkxAnswer config = await scope.SendSignedAsync("GET", "/api/v5/account/config");
        scope.Server.ClearResponses();
        OkxAnswer configAgain = await scope.SendSignedAsync("GET", "/api/v5/account/config");

        Assert.Equal(("51000", "Parameter sz error: 10"), (order.Code, order.Message));
        Assert.Equal("""{"code":"0","msg":"","data":[{"uid":"7"}]}""", config.Text);
        Assert.NotEqual(config.Text, configAgain.Text);
    }

    [Fact]
    public async Task Respond_AppliesOnlyToAcceptedRequests()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.Respond("/api/v5/account/config", """{"code":"0","msg":"","data":[]}""");

        OkxAnswer answer = await scope.SendAsync(scope.Signer.CreateSignedOver("GET", "/api/v5/account/config", scope.Now, null, "bad"));

        Assert.Equal("50113", answer.Code);
    }

    [Fact]
    public async Task OkxTestResponse_Success_WrapsTheData()
    {
        await using ServerScope scope = await ServerScope.StartAsync();
        scope.Server.Respond("GET", "/api/v5/account/positions", _ => OkxTestResponse.Success("[]"));

        OkxAnswer answer = await scope.SendSignedAsync("GET", "/api/v5/account/positions");

        Assert.Equal("""{"code":"0","msg":"","data":[]}""", answer.Text);
    }

    private static void AssertNoJsonNumbers(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            // OKX documents one number among string fields: an instrument's instIdCode (an Integer).
            case JsonValueKind.Number when !path.EndsWith(".instIdCode", StringComparison.Ordinal):
                Assert.Fail("JSON number at " + path + ": OKX writes numbers as strings.");
                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    AssertNoJsonNumbers(property.Value, path + "." + property.Name);
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    AssertNoJsonNumbers(item, path + "[" + index++ + "]");
                }

                break;
        }
    }
}
