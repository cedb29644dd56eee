using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OkxGen.Benchmarks.Model;

/// <summary>The frames of the WebSocket benchmarks: OKX's documented push examples, sent compact as OKX sends them.</summary>
internal static class WebSocketSamples
{
    public const string OperationId = "1512";

    public static readonly long ExpTime = 1597026383085;

    // The levels an update changes, across the depth (before the frames below, which read it as they are built).
    private static readonly int[] ChangedLevels = [0, 50, 100, 200, 399];

    /// <summary>The push example of OKX's tickers channel page.</summary>
    public static readonly byte[] TickersPush = Compact("""
        {"arg":{"channel":"tickers","instId":"BTC-USDT"},
         "data":[{"instType":"SPOT","instId":"BTC-USDT","last":"9999.99","lastSz":"0.1","askPx":"9999.99","askSz":"11",
                  "bidPx":"8888.88","bidSz":"5","open24h":"9000","high24h":"10000","low24h":"8888.88","volCcy24h":"2222",
                  "vol24h":"2222","sodUtc0":"2222","sodUtc8":"2222","ts":"1597026383085"}]}
        """);

    /// <summary>The push example of OKX's order channel page (every member OKX documents, most of them skipped by the record).</summary>
    public static readonly byte[] OrdersPush = Compact("""
        {"arg":{"channel":"orders","instType":"SPOT","instId":"BTC-USDT","uid":"614488474791936"},
         "data":[{"accFillSz":"0.001","algoClOrdId":"","algoId":"","amendResult":"","amendSource":"","avgPx":"31527.1",
                  "cancelSource":"","category":"normal","ccy":"","clOrdId":"","code":"0","cTime":"1654084334977","execType":"M",
                  "fee":"-0.02522168","feeCcy":"USDT","fillFee":"-0.02522168","fillFeeCcy":"USDT","fillNotionalUsd":"31.50818374",
                  "fillPx":"31527.1","fillSz":"0.001","fillPnl":"0.01","fillTime":"1654084353263","fillPxVol":"","fillPxUsd":"",
                  "fillMarkVol":"","fillFwdPx":"","fillMarkPx":"","fillIdxPx":"","instId":"BTC-USDT","instType":"SPOT","lever":"0",
                  "msg":"","notionalUsd":"31.50818374","ordId":"452197707845865472","ordType":"limit","pnl":"0","posSide":"",
                  "px":"31527.1","pxUsd":"","pxVol":"","pxType":"","quickMgnType":"","rebate":"0","rebateCcy":"BTC",
                  "reduceOnly":"false","reqId":"","side":"sell","attachAlgoClOrdId":"","slOrdPx":"","slTriggerPx":"",
                  "slTriggerPxType":"last","source":"","state":"filled","stpId":"","stpMode":"","sz":"0.001","tag":"",
                  "tdMode":"cash","tgtCcy":"","tpOrdPx":"","tpTriggerPx":"","tpTriggerPxType":"last","attachAlgoOrds":[],
                  "tradeId":"242589207","tradeQuoteCcy":"USDT","lastPx":"38892.2","uTime":"1654084353264","isTpLimit":"false",
                  "linkedAlgoOrd":{"algoId":""}}]}
        """);

    /// <summary>A <c>books</c> snapshot of 400 levels a side (OKX's level form <c>[px, sz, "0", orders]</c>), 0.1 apart.</summary>
    public static readonly byte[] BookSnapshot = BookFrame("snapshot", -1, 100, Levels(400, bids: true), Levels(400, bids: false));

    /// <summary>A <c>books</c> update: per side, 5 sizes changed across the depth and 5 levels inserted between existing prices.</summary>
    public static readonly byte[] BookUpdateInsert = BookFrame("update", 100, 101, Changes(bids: true, insert: true), Changes(bids: false, insert: true));

    /// <summary>The update after it: the 5 inserted levels deleted (size 0) and the 5 sizes changed back, so the book returns to the snapshot.</summary>
    public static readonly byte[] BookUpdateDelete = BookFrame("update", 101, 102, Changes(bids: true, insert: false), Changes(bids: false, insert: false));

    private static string Price(int tenths) => (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    // Bids from 30000.0 down, asks from 30000.1 up, in tenths.
    private static int Tenths(int level, bool bids) => bids ? 300000 - level : 300001 + level;

    private static string Levels(int count, bool bids)
    {
        var levels = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            levels.Append(i == 0 ? "" : ",").Append("[\"").Append(Price(Tenths(i, bids))).Append("\",\"1.5\",\"0\",\"3\"]");
        }

        return levels.ToString();
    }

    private static string Changes(bool bids, bool insert)
    {
        var levels = new StringBuilder();
        foreach (int level in ChangedLevels)
        {
            // A new level half a tick inside an existing one, and a size change of an existing level.
            decimal between = (Tenths(level, bids) + (bids ? -0.5m : 0.5m)) / 10m;
            levels.Append(levels.Length == 0 ? "" : ",")
                .Append("[\"").Append(between.ToString("0.00", CultureInfo.InvariantCulture)).Append(insert ? "\",\"2\",\"0\",\"1\"]" : "\",\"0\",\"0\",\"0\"]")
                .Append(",[\"").Append(Price(Tenths(level, bids))).Append(insert ? "\",\"7.25\",\"0\",\"4\"]" : "\",\"1.5\",\"0\",\"3\"]");
        }

        return levels.ToString();
    }

    private static byte[] BookFrame(string action, long prevSeqId, long seqId, string bids, string asks) => Compact(
        "{\"arg\":{\"channel\":\"books\",\"instId\":\"BTC-USDT\"},\"action\":\"" + action + "\",\"data\":[{\"asks\":[" + asks + "],\"bids\":[" + bids +
        "],\"ts\":\"1597026383085\",\"checksum\":0,\"prevSeqId\":" + prevSeqId.ToString(CultureInfo.InvariantCulture) +
        ",\"seqId\":" + seqId.ToString(CultureInfo.InvariantCulture) + "}]}");

    private static byte[] Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
