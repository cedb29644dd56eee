using System;
using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Responses;

/// <summary>
/// OKX-shaped answers, modelled on the examples of OKX's API documentation, read by the generated readers: numbers
/// in strings, <c>""</c> for absent values, flags as strings or booleans, unknown fields, nested arrays.
/// </summary>
public sealed class ResponseReaderTests
{
    [Fact]
    public async Task PlaceOrderAnswer_ReadsEveryField()
    {
        OkxResponse<OrderAck> response = await Answer("""
            {
              "code": "0",
              "msg": "",
              "data": [
                {
                  "clOrdId": "oktswap6",
                  "ordId": "312269865356374016",
                  "tag": "",
                  "ts": "1695190491421",
                  "sCode": "0",
                  "sMsg": ""
                }
              ],
              "inTime": "1695190491421339",
              "outTime": "1695190491423240"
            }
            """).PlaceOrderAsync(Order(), CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Empty(response.ItemErrors);
        OrderAck ack = Assert.Single(response.Data);
        Assert.Equal("312269865356374016", ack.OrdId);
        Assert.Equal("oktswap6", ack.ClOrdId);
        Assert.Equal("", ack.Tag);
        Assert.Equal("0", ack.SCode);
        Assert.Equal(new DateTimeOffset(2023, 9, 20, 6, 14, 51, 421, TimeSpan.Zero), ack.Ts);
    }

    [Fact]
    public async Task BatchPartlyFailed_ReportsTheFailingItems()
    {
        OkxResponse<OrderAck> response = await Answer("""
            {"code":"2","msg":"","data":[
              {"clOrdId":"a1","ordId":"12345689","tag":"","ts":"1695190491421","sCode":"0","sMsg":""},
              {"clOrdId":"a2","ordId":"","tag":"","ts":"1695190491421","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account."}
            ]}
            """).PlaceOrderAsync(Order(), CancellationToken.None);

        Assert.False(response.IsSuccess);
        OkxItemError error = Assert.Single(response.ItemErrors);
        Assert.Equal(1, error.Index);
        Assert.Equal("51008", error.Code);
        OkxApiException exception = Assert.Throws<OkxApiException>(() => response.EnsureSuccess());
        Assert.Equal("2", exception.Code);
        Assert.Contains("51008", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Insufficient USDT", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balance_ReadsAPositionalRecordWithNestedListAndEmptyNumbers()
    {
        OkxResponse<AccountBalance> response = await Answer("""
            {"code":"0","data":[{"adjEq":"","totalEq":"41624.32","uTime":"1614846244194","details":[
              {"availBal":"","ccy":"BTC","eq":"1.1","frozenBal":"0","collateralEnabled":true,"spotBal":"","openAvgPx":""},
              {"availBal":"3000","ccy":"USDT","eq":"3000","frozenBal":"0","collateralEnabled":false}
            ]}],"msg":""}
            """).GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);

        AccountBalance balance = Assert.Single(response.EnsureSuccess().Data);
        Assert.Equal(41624.32m, balance.TotalEq);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1614846244194), balance.UTime);
        Assert.Equal(2, balance.Details.Count);
        Assert.Equal("BTC", balance.Details[0].Ccy);
        Assert.Null(balance.Details[0].AvailBal);
        Assert.Equal(1.1m, balance.Details[0].Eq);
        Assert.True(balance.Details[0].CollateralEnabled);
        Assert.Equal(3000m, balance.Details[1].AvailBal);
        Assert.False(balance.Details[1].CollateralEnabled);
    }

    [Fact]
    public async Task PendingOrders_ReadStringFlagsEnumsAndNestedArrays()
    {
        OkxResponse<PendingOrder> response = await Answer("""
            {"code":"0","msg":"","data":[{
              "accFillSz":"0","avgPx":"","cTime":"1618235248028","category":"normal","ccy":"","clOrdId":"",
              "instId":"BTC-USDT","instType":"SPOT","ordId":"301835739059335168","ordType":"post_only",
              "px":"59200","reduceOnly":"false","side":"buy","state":"partially_filled","sz":"1",
              "attachAlgoOrds":[{"attachAlgoId":"","tpTriggerPx":"61000","slTriggerPx":""}],
              "linkedAlgoOrd":{"algoId":""}
            }]}
            """).GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None);

        PendingOrder order = Assert.Single(response.Data);
        Assert.Equal(OrderType.PostOnly, order.OrdType);
        Assert.Equal(OrderState.PartiallyFilled, order.State);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.False(order.ReduceOnly);
        Assert.Null(order.AvgPx);
        Assert.Equal(59200m, order.Px);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1618235248028), order.CTime);
        AttachedAlgoOrderInfo attached = Assert.Single(order.AttachAlgoOrds!);
        Assert.Equal(61000m, attached.TpTriggerPx);
        Assert.Null(attached.SlTriggerPx);
    }

    [Fact]
    public async Task Ticker_ReadsNumbersSentAsStringsOrAsNumbers()
    {
        OkxResponse<Ticker> response = await Answer("""
            {"code":"0","msg":"","data":[{"instType":"SWAP","instId":"BTC-USD-SWAP","last":"9999.99","lastSz":"1",
              "askPx":9999.99,"askSz":"11","bidPx":"8888.88","bidSz":"5","open24h":"9000","high24h":"10000",
              "low24h":"8888.88","volCcy24h":"2222","vol24h":"2222","sodUtc0":"0.1","sodUtc8":"0.1","ts":"1597026383085"}]}
            """).GetTickerAsync(new GetTickerRequest { InstId = "BTC-USD-SWAP" }, CancellationToken.None);

        Ticker ticker = Assert.Single(response.Data);
        Assert.Equal(9999.99m, ticker.Last);
        Assert.Equal(9999.99m, ticker.AskPx);
        Assert.Equal(2222m, ticker.Vol24h);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1597026383085), ticker.Ts);
    }

    [Fact]
    public async Task EscapedAndRepeatedPropertyNames_AreMatchedByTheirUnescapedText()
    {
        // "\u0069nstId" is instId and "\u006c\u0061st" is last, escaped; the second "askPx" replaces the first.
        OkxResponse<Ticker> response = await Answer("""
            {"code":"0","msg":"","data":[{"\u0069nstId":"BTC-USD-SWAP","\u006c\u0061st":"9999.99","askPx":"1","askPx":"2"}]}
            """).GetTickerAsync(new GetTickerRequest { InstId = "BTC-USD-SWAP" }, CancellationToken.None);

        Ticker ticker = Assert.Single(response.Data);
        Assert.Equal("BTC-USD-SWAP", ticker.InstId);
        Assert.Equal(9999.99m, ticker.Last);
        Assert.Equal(2m, ticker.AskPx);
    }

    [Fact]
    public async Task UnknownValueOfANullableEnum_IsNull()
    {
        OkxResponse<PendingOrder> response = await Answer("""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"sell","ordType":"twap_new_kind","sz":"1","cTime":"1"}]}
            """).GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None);

        PendingOrder order = Assert.Single(response.Data);
        Assert.Null(order.OrdType);
        Assert.Equal(OrderSide.Sell, order.Side);
    }

    [Fact]
    public async Task UnknownValueOfANonNullableEnum_NamesTheMemberAndTheValue()
    {
        OkxClient client = Answer("""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"short","sz":"1","cTime":"1"}]}
            """);

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None));

        Assert.Contains("PendingOrder.Side", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"short\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscapedEnumValues_AreMatchedByTheirUnescapedText()
    {
        // "\u0073ell" is sell, "post\u005fonly" is post_only and "\u006C\u0069\u0076\u0065" is live, escaped.
        OkxResponse<PendingOrder> response = await Answer("""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"\u0073ell","ordType":"post\u005fonly",
              "state":"\u006C\u0069\u0076\u0065","sz":"1","cTime":"1"}]}
            """).GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None);

        PendingOrder order = Assert.Single(response.Data);
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Equal(OrderType.PostOnly, order.OrdType);
        Assert.Equal(OrderState.Live, order.State);
    }

    [Fact]
    public async Task EscapedUnknownEnumValues_AreNullWhenNullable_AndAnErrorWithTheUnescapedValueOtherwise()
    {
        // "twap\u005fnew" is twap_new and "\u0073hort" is short: neither is a wire value of its enum.
        OkxResponse<PendingOrder> nullable = await Answer("""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"buy","ordType":"twap\u005fnew","sz":"1","cTime":"1"}]}
            """).GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None);
        OkxClient client = Answer("""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"\u0073hort","sz":"1","cTime":"1"}]}
            """);

        Assert.Null(Assert.Single(nullable.Data).OrdType);
        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None));
        Assert.Contains("PendingOrder.Side", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"short\"", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("true", "true")]
    [InlineData("""{"kind":"limit","sz":"9"}""", "an object")]
    [InlineData("""["limit",{"sz":"9"}]""", "an array")]
    public async Task NonStringEnumValue_IsNullWhenNullable_AndAnErrorOtherwise(string value, string described)
    {
        // An object or an array is passed over whole: the members after it (sz, cTime) are still the order's.
        OkxResponse<PendingOrder> nullable = await Answer($$"""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":"sell","ordType":{{value}},"sz":"1","cTime":"1"},
              {"instId":"ETH-USDT","ordId":"2","side":"buy","sz":"2","cTime":"2"}]}
            """).GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None);
        OkxClient client = Answer($$"""
            {"code":"0","msg":"","data":[{"instId":"BTC-USDT","ordId":"1","side":{{value}},"sz":"1","cTime":"1"}]}
            """);

        Assert.Equal(2, nullable.Data.Count);
        PendingOrder order = nullable.Data[0];
        Assert.Null(order.OrdType);
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Equal(1m, order.Sz);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1), order.CTime);
        Assert.Equal("ETH-USDT", nullable.Data[1].InstId);
        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetOrdersPendingAsync(new GetOrdersPendingRequest(), CancellationToken.None));
        Assert.Contains("PendingOrder.Side", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"holds {described},", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"partially_filled\"", "PartiallyFilled")]
    [InlineData("\"partially\\u005ffilled\"", "PartiallyFilled")]
    [InlineData("\"partially_fill\"", null)]
    [InlineData("\"partially\\u005ffilledX\"", null)]
    public void EnumValueSplitAcrossBufferSegments_IsMatchedByItsUnescapedText(string json, string? expected)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        int sequences = 0;
        for (int at = 1; at < bytes.Length; at++)
        {
            var reader = new Utf8JsonReader(InTwoSegments(bytes, at));
            reader.Read();
            sequences += reader.HasValueSequence ? 1 : 0;

            Assert.Equal(expected is null ? null : Enum.Parse<OrderState>(expected), OrderStateOkxReader.ReadOrNull(ref reader));
        }

        Assert.True(sequences > 0, "no split gave the reader a value sequence");
    }

    [Fact]
    public async Task WrongValueType_NamesTheMember()
    {
        OkxClient client = Answer("""{"code":"0","msg":"","data":[{"instId":"BTC-USDT","last":"abc","ts":"1"}]}""");

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" }, CancellationToken.None));

        Assert.Contains("Ticker.Last", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"0","msg":"","data":[{"instId":"BTC-USDT","last":"1""")]
    [InlineData("""{"code":"0","msg":"","data":[{"instId":"BTC-USDT"}]}{"code":"0"}""")]
    [InlineData("""{"msg":"","data":[]}""")]
    [InlineData("""<html><body>502 Bad Gateway</body></html>""")]
    [InlineData("")]
    public async Task AnswerThatIsNotAnOkxResponse_ThrowsWithTheStatusAndTheBeginningOfTheBody(string body)
    {
        OkxClient client = ClientFactory.Create(new StubHandler(body, HttpStatusCode.BadGateway));

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetTickerAsync(new GetTickerRequest { InstId = "BTC-USDT" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Contains("502", exception.Message, StringComparison.Ordinal);
        Assert.Equal(body, exception.BodyPrefix);
    }

    [Fact]
    public async Task ApiErrorOnHttp401_IsAResponseNotAnException()
    {
        OkxClient client = ClientFactory.Create(new StubHandler("""{"msg":"Invalid Sign","code":"50113"}""", HttpStatusCode.Unauthorized));

        OkxResponse<OrderAck> response = await client.PlaceOrderAsync(Order(), CancellationToken.None);

        Assert.Equal("50113", response.Code);
        Assert.Equal("Invalid Sign", response.Msg);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(response.Data);
        OkxApiException exception = Assert.Throws<OkxApiException>(() => response.EnsureSuccess());
        Assert.Equal("50113", exception.Code);
        Assert.Equal("Invalid Sign", exception.Msg);
    }

    [Fact]
    public async Task EndpointWithoutResponseType_GivesJsonElements()
    {
        OkxResponse<JsonElement> response = await Answer("""{"code":"0","msg":"","data":[{"acctLv":"2","posMode":"net_mode"}]}""")
            .GetAccountConfigAsync(new GetAccountConfigRequest(), CancellationToken.None);

        Assert.Equal("net_mode", Assert.Single(response.Data).GetProperty("posMode").GetString());
    }

    private static OkxClient Answer(string json) => ClientFactory.Create(new StubHandler(json));

    private static ReadOnlySequence<byte> InTwoSegments(byte[] bytes, int at)
    {
        var first = new Segment(bytes.AsMemory(0, at), 0);
        var last = new Segment(bytes.AsMemory(at), at);
        first.SetNext(last);
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private static PlaceOrderRequest Order() => new()
    {
        InstId = "BTC-USDT",
        TdMode = TradeMode.Cash,
        Side = OrderSide.Buy,
        OrdType = OrderType.Market,
        Sz = 1m,
    };

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void SetNext(Segment next) => Next = next;
    }
}
