using System.Linq;
using System.Threading.Tasks;
using OkxGen.Api.WebSockets;
using OkxGen.WebSockets;

namespace OkxGen.Api.Tests.WebSockets;

/// <summary>
/// The push data examples of OKX's private channel pages (qiuham/crypto-api-docs), sent by the test server to a logged-in
/// client, and read through each channel's generated reader. Expected values are the examples' own.
/// </summary>
public sealed class PrivateChannelPushTests
{
    [Fact]
    public async Task Orders_ReadsTheDocumentedPush()
    {
        // docs/okx/order/book/trading-trade-ws-order-channel.md, "Push Data Example" (arg without its uid, which the
        // server does not add).
        OkxPush<OrderPush> push = await DocumentedPush.ReadAsync(
            new OrdersChannel { InstType = "SPOT", InstId = "BTC-USDT" },
            """{"channel":"orders","instType":"SPOT","instId":"BTC-USDT"}""",
            """
            [{"accFillSz":"0.001","algoClOrdId":"","algoId":"","amendResult":"","amendSource":"","avgPx":"31527.1","cancelSource":"","category":"normal","ccy":"","clOrdId":"","code":"0","cTime":"1654084334977","execType":"M","fee":"-0.02522168","feeCcy":"USDT","fillFee":"-0.02522168","fillFeeCcy":"USDT","fillNotionalUsd":"31.50818374","fillPx":"31527.1","fillSz":"0.001","fillPnl":"0.01","fillTime":"1654084353263","fillPxVol":"","fillPxUsd":"","fillMarkVol":"","fillFwdPx":"","fillMarkPx":"","fillIdxPx":"","instId":"BTC-USDT","instType":"SPOT","lever":"0","msg":"","notionalUsd":"31.50818374","ordId":"452197707845865472","ordType":"limit","pnl":"0","posSide":"","px":"31527.1","pxUsd":"","pxVol":"","pxType":"","quickMgnType":"","rebate":"0","rebateCcy":"BTC","reduceOnly":"false","reqId":"","side":"sell","attachAlgoClOrdId":"","slOrdPx":"","slTriggerPx":"","slTriggerPxType":"last","source":"","state":"filled","stpId":"","stpMode":"","sz":"0.001","tag":"","tdMode":"cash","tgtCcy":"","tpOrdPx":"","tpTriggerPx":"","tpTriggerPxType":"last","attachAlgoOrds":[],"tradeId":"242589207","tradeQuoteCcy":"USDT","lastPx":"38892.2","uTime":"1654084353264","isTpLimit":"false","linkedAlgoOrd":{"algoId":""}}]
            """);

        OrderPush order = Assert.Single(push.Data);
        Assert.Equal(("BTC-USDT", "SPOT", "452197707845865472", "limit", "sell", "cash", "filled"), (order.InstId, order.InstType, order.OrdId, order.OrdType, order.Side, order.TdMode, order.State));
        Assert.Equal((31527.1m, 0.001m, 0.001m, 31527.1m, 0m), (order.Px, order.Sz, order.AccFillSz, order.AvgPx, order.Lever));
        Assert.Equal((31527.1m, 0.001m, 0.01m, -0.02522168m, "USDT", "M", "242589207"), (order.FillPx, order.FillSz, order.FillPnl, order.FillFee, order.FillFeeCcy, order.ExecType, order.TradeId));
        Assert.Equal((31.50818374m, 31.50818374m, -0.02522168m, "USDT", 0m, "BTC", 0m), (order.FillNotionalUsd, order.NotionalUsd, order.Fee, order.FeeCcy, order.Rebate, order.RebateCcy, order.Pnl));
        Assert.Equal((1654084334977, 1654084353263, 1654084353264), (order.CTime!.Value.ToUnixTimeMilliseconds(), order.FillTime!.Value.ToUnixTimeMilliseconds(), order.UTime!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal((false, false, "normal", "0", "", "USDT", 38892.2m), (order.ReduceOnly, order.IsTpLimit, order.Category, order.Code, order.Msg, order.TradeQuoteCcy, order.LastPx));
        Assert.Equal(("last", "last"), (order.TpTriggerPxType, order.SlTriggerPxType));
        Assert.Null(order.FillPxVol);
        Assert.Null(order.TpTriggerPx);
        Assert.Empty(order.AttachAlgoOrds!);
        Assert.Equal("", order.LinkedAlgoOrd!.AlgoId);
        Assert.Null(order.Outcome);
    }

    [Fact]
    public async Task Positions_ReadsTheDocumentedPush()
    {
        // docs/okx/trading/account/websocket-positions-channel.md, "Push Data Example: single".
        OkxPush<PositionPush> push = await DocumentedPush.ReadAsync(
            new PositionsChannel { InstType = "FUTURES" },
            """{"channel":"positions","instType":"FUTURES"}""",
            """
            [{"adl":"1","availPos":"1","avgPx":"2566.31","cTime":"1619507758793","ccy":"ETH","deltaBS":"","deltaPA":"","gammaBS":"","gammaPA":"","hedgedPos":"","imr":"","instId":"ETH-USD-210430","instType":"FUTURES","interest":"0","idxPx":"2566.13","last":"2566.22","lever":"10","liab":"","liabCcy":"","liqPx":"2352.8496681818233","markPx":"2353.849","margin":"0.0003896645377994","mgnMode":"isolated","mgnRatio":"11.731726509588816","mmr":"0.0000311811092368","notionalUsd":"2276.2546609009605","optVal":"","pTime":"1619507761462","pendingCloseOrdLiabVal":"0.1","pos":"1","baseBorrowed":"","baseInterest":"","quoteBorrowed":"","quoteInterest":"","posCcy":"","posId":"307173036051017730","posSide":"long","spotInUseAmt":"","clSpotInUseAmt":"","maxSpotInUseAmt":"","bizRefId":"","bizRefType":"","spotInUseCcy":"","thetaBS":"","thetaPA":"","tradeId":"109844","uTime":"1619507761462","upl":"-0.0000009932766034","uplLastPx":"-0.0000009932766034","uplRatio":"-0.0025490556801078","uplRatioLastPx":"-0.0025490556801078","vegaBS":"","vegaPA":"","realizedPnl":"0.001","pnl":"0.0011","fee":"-0.0001","fundingFee":"0","liqPenalty":"0","nonSettleAvgPx":"","settledPnl":"","closeOrderAlgo":[{"algoId":"123","slTriggerPx":"123","slTriggerPxType":"mark","tpTriggerPx":"123","tpTriggerPxType":"mark","closeFraction":"0.6"},{"algoId":"123","slTriggerPx":"123","slTriggerPxType":"mark","tpTriggerPx":"123","tpTriggerPxType":"mark","closeFraction":"0.4"}]}]
            """);

        PositionPush position = Assert.Single(push.Data);
        Assert.Equal(("ETH-USD-210430", "FUTURES", "isolated", "long", "307173036051017730", "ETH", "1", "109844"), (position.InstId, position.InstType, position.MgnMode, position.PosSide, position.PosId, position.Ccy, position.Adl, position.TradeId));
        Assert.Equal((1m, 1m, 2566.31m, 10m, 2352.8496681818233m, 2353.849m, 2566.13m, 2566.22m), (position.Pos, position.AvailPos, position.AvgPx, position.Lever, position.LiqPx, position.MarkPx, position.IdxPx, position.Last));
        Assert.Equal((0.0003896645377994m, 11.731726509588816m, 0.0000311811092368m, 2276.2546609009605m, 0.1m, 0m), (position.Margin, position.MgnRatio, position.Mmr, position.NotionalUsd, position.PendingCloseOrdLiabVal, position.Interest));
        Assert.Equal((-0.0000009932766034m, -0.0025490556801078m, -0.0000009932766034m, -0.0025490556801078m), (position.Upl, position.UplRatio, position.UplLastPx, position.UplRatioLastPx));
        Assert.Equal((0.001m, 0.0011m, -0.0001m, 0m, 0m), (position.RealizedPnl, position.Pnl, position.Fee, position.FundingFee, position.LiqPenalty));
        Assert.Equal((1619507758793, 1619507761462, 1619507761462), (position.CTime!.Value.ToUnixTimeMilliseconds(), position.UTime!.Value.ToUnixTimeMilliseconds(), position.PTime!.Value.ToUnixTimeMilliseconds()));
        Assert.Null(position.Imr);
        Assert.Null(position.SettledPnl);
        Assert.Equal([0.6m, 0.4m], position.CloseOrderAlgo!.Select(algo => algo.CloseFraction));
        Assert.All(position.CloseOrderAlgo!, algo => Assert.Equal(("123", 123m, "mark", 123m, "mark"), (algo.AlgoId, algo.SlTriggerPx, algo.SlTriggerPxType, algo.TpTriggerPx, algo.TpTriggerPxType)));
    }

    [Fact]
    public async Task Account_ReadsTheDocumentedPush()
    {
        // docs/okx/trading/account/websocket-account-channel.md, "Push Data Example", without the page's JavaScript comment
        // after collateralRestrict ("// Deprecated, use colRes instead"), which is not JSON.
        OkxPush<AccountPush> push = await DocumentedPush.ReadAsync(
            new AccountChannel(),
            """{"channel":"account"}""",
            """
            [{"adjEq":"55444.12216906034","availEq":"55444.12216906034","borrowFroz":"0","delta":"0","deltaLever":"0","deltaNeutralStatus":"0","details":[{"availBal":"4734.371190691436","availEq":"4734.371190691435","borrowFroz":"0","cashBal":"4750.426970691436","ccy":"USDT","coinUsdPrice":"0.99927","crossLiab":"0","colRes":"0","collateralEnabled":false,"collateralRestrict":false,"colBorrAutoConversion":"0","disEq":"4889.379316336831","eq":"4892.951170691435","eqUsd":"4889.379316336831","smtSyncEq":"0","spotCopyTradingEq":"0","fixedBal":"0","frozenBal":"158.57998","frpType":"0","imr":"","interest":"0","isoEq":"0","isoLiab":"0","isoUpl":"0","liab":"0","maxLoan":"0","mgnRatio":"","mmr":"","notionalLever":"","ordFrozen":"0","rewardBal":"0","spotInUseAmt":"","clSpotInUseAmt":"","maxSpotInUseAmt":"","spotIsoBal":"0","stgyEq":"150","twap":"0","uTime":"1705564213903","upl":"-7.475800000000003","uplLiab":"0","spotBal":"","openAvgPx":"","accAvgPx":"","spotUpl":"","spotUplRatio":"","totalPnl":"","totalPnlRatio":""}],"imr":"0","isoEq":"0","mgnRatio":"","mmr":"0","notionalUsd":"0","notionalUsdForBorrow":"0","notionalUsdForFutures":"0","notionalUsdForOption":"0","notionalUsdForSwap":"0","ordFroz":"0","totalEq":"55868.06403501676","uTime":"1705564223311","upl":"0"}]
            """);

        AccountPush account = Assert.Single(push.Data);
        Assert.Equal((55444.12216906034m, 55444.12216906034m, 55868.06403501676m, 0m, 0m, "0"), (account.AdjEq, account.AvailEq, account.TotalEq, account.Imr, account.Upl, account.DeltaNeutralStatus));
        Assert.Equal(1705564223311, account.UTime!.Value.ToUnixTimeMilliseconds());
        Assert.Null(account.MgnRatio);
        AccountPushDetail usdt = Assert.Single(account.Details!);
        Assert.Equal(("USDT", 4734.371190691436m, 4734.371190691435m, 4750.426970691436m, 0.99927m, 4892.951170691435m, 4889.379316336831m), (usdt.Ccy, usdt.AvailBal, usdt.AvailEq, usdt.CashBal, usdt.CoinUsdPrice, usdt.Eq, usdt.EqUsd));
        Assert.Equal((158.57998m, 150m, -7.475800000000003m, "0", "0", "0"), (usdt.FrozenBal, usdt.StgyEq, usdt.Upl, usdt.ColRes, usdt.FrpType, usdt.Twap));
        Assert.Equal((false, false), (usdt.CollateralEnabled, usdt.CollateralRestrict));
        Assert.Equal(1705564213903, usdt.UTime!.Value.ToUnixTimeMilliseconds());
        Assert.Null(usdt.MaxSpotInUseAmt);
        Assert.Null(usdt.AutoLendStatus);
    }

    [Fact]
    public async Task BalanceAndPosition_ReadsTheDocumentedPush()
    {
        // docs/okx/trading/account/websocket-balance-and-position-channel.md, "Push Data Example", without the trailing
        // comma the page leaves after the last trade's tradeId, which is not JSON.
        OkxPush<BalanceAndPositionPush> push = await DocumentedPush.ReadAsync(
            new BalanceAndPositionChannel(),
            """{"channel":"balance_and_position"}""",
            """
            [{"pTime":"1597026383085","eventType":"snapshot","balData":[{"ccy":"BTC","cashBal":"1","uTime":"1597026383085"}],"posData":[{"posId":"1111111111","tradeId":"2","instId":"BTC-USD-191018","instType":"FUTURES","mgnMode":"cross","posSide":"long","pos":"10","ccy":"BTC","posCcy":"","avgPx":"3320","nonSettleAvgPx":"","settledPnl":"","uTime":"1597026383085"}],"trades":[{"instId":"BTC-USD-191018","tradeId":"2"}]}]
            """);

        BalanceAndPositionPush update = Assert.Single(push.Data);
        Assert.Equal(("snapshot", 1597026383085), (update.EventType, update.PTime!.Value.ToUnixTimeMilliseconds()));
        BalanceAndPositionBalance balance = Assert.Single(update.BalData!);
        Assert.Equal(("BTC", 1m, 1597026383085), (balance.Ccy, balance.CashBal, balance.UTime!.Value.ToUnixTimeMilliseconds()));
        BalanceAndPositionPosition position = Assert.Single(update.PosData!);
        Assert.Equal(("1111111111", "2", "BTC-USD-191018", "FUTURES", "cross", "long", "BTC", ""), (position.PosId, position.TradeId, position.InstId, position.InstType, position.MgnMode, position.PosSide, position.Ccy, position.PosCcy));
        Assert.Equal((10m, 3320m, 1597026383085), (position.Pos, position.AvgPx, position.UTime!.Value.ToUnixTimeMilliseconds()));
        Assert.Null(position.NonSettleAvgPx);
        BalanceAndPositionTrade trade = Assert.Single(update.Trades!);
        Assert.Equal(("BTC-USD-191018", "2"), (trade.InstId, trade.TradeId));
    }
}
