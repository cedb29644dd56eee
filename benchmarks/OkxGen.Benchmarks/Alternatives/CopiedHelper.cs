// The helper below is reproduced as it is usually copied from forum answers and small OKX clients, culture-dependent
// calls and all: fixing it would measure something nobody runs.
#pragma warning disable CA1304, CA1305, CA1308, CA1311, CA1849, CA2000, CA2007, CA2234

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks.Alternatives;

/// <summary>
/// (a) The widely copied OKX signing helper: serialize with Newtonsoft.Json, read back into a
/// <c>Dictionary&lt;string, object&gt;</c>, sort the top-level keys only, serialize again; timestamp with
/// <c>DateTime.UtcNow.ToString(format)</c>; a new <see cref="HMACSHA256"/> per call.
/// </summary>
internal static class CopiedHelper
{
    public static string GetTimestamp() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

    public static string SerializeSorted(object parameters)
    {
        var json = JsonConvert.SerializeObject(parameters);
        var dict = JsonConvert.DeserializeObject<Dictionary<string, object>>(json);
        var sorted = dict!.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value);
        return JsonConvert.SerializeObject(sorted);
    }

    public static string Sign(string timestamp, string method, string requestPath, string body, string secretKey)
    {
        var message = timestamp + method.ToUpper() + requestPath + body;
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secretKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
    }

    /// <summary>The DTO such a helper is called with: strings for numbers, in the documentation's order (not sorted).</summary>
    public static HelperPlaceOrder ToDto(PlaceOrderRequest order) => new()
    {
        InstId = order.InstId,
        TdMode = order.TdMode.ToString().ToLowerInvariant(),
        Side = order.Side.ToString().ToLowerInvariant(),
        OrdType = order.OrdType switch
        {
            OrderType.PostOnly => "post_only",
            OrderType.OptimalLimitIoc => "optimal_limit_ioc",
            _ => order.OrdType.ToString().ToLowerInvariant(),
        },
        Sz = order.Sz.ToString(CultureInfo.InvariantCulture),
        Px = order.Px?.ToString(CultureInfo.InvariantCulture),
        ClOrdId = order.ClOrdId,
        Tag = order.Tag,
        ReduceOnly = order.ReduceOnly,
        AttachAlgoOrds = order.AttachAlgoOrds?.Select(a => new HelperAttachedAlgo
        {
            AttachAlgoClOrdId = a.AttachAlgoClOrdId,
            TpTriggerPx = a.TpTriggerPx?.ToString(CultureInfo.InvariantCulture),
            TpOrdPx = a.TpOrdPx?.ToString(CultureInfo.InvariantCulture),
            SlTriggerPx = a.SlTriggerPx?.ToString(CultureInfo.InvariantCulture),
            SlOrdPx = a.SlOrdPx?.ToString(CultureInfo.InvariantCulture),
        }).ToList(),
    };
}

internal sealed class HelperPlaceOrder
{
    [JsonProperty("instId")] public string InstId { get; set; } = "";
    [JsonProperty("tdMode")] public string TdMode { get; set; } = "";
    [JsonProperty("side")] public string Side { get; set; } = "";
    [JsonProperty("ordType")] public string OrdType { get; set; } = "";
    [JsonProperty("sz")] public string Sz { get; set; } = "";
    [JsonProperty("px", NullValueHandling = NullValueHandling.Ignore)] public string? Px { get; set; }
    [JsonProperty("clOrdId", NullValueHandling = NullValueHandling.Ignore)] public string? ClOrdId { get; set; }
    [JsonProperty("tag", NullValueHandling = NullValueHandling.Ignore)] public string? Tag { get; set; }
    [JsonProperty("reduceOnly", NullValueHandling = NullValueHandling.Ignore)] public bool? ReduceOnly { get; set; }
    [JsonProperty("attachAlgoOrds", NullValueHandling = NullValueHandling.Ignore)] public List<HelperAttachedAlgo>? AttachAlgoOrds { get; set; }
}

internal sealed class HelperAttachedAlgo
{
    [JsonProperty("attachAlgoClOrdId", NullValueHandling = NullValueHandling.Ignore)] public string? AttachAlgoClOrdId { get; set; }
    [JsonProperty("tpTriggerPx", NullValueHandling = NullValueHandling.Ignore)] public string? TpTriggerPx { get; set; }
    [JsonProperty("tpOrdPx", NullValueHandling = NullValueHandling.Ignore)] public string? TpOrdPx { get; set; }
    [JsonProperty("slTriggerPx", NullValueHandling = NullValueHandling.Ignore)] public string? SlTriggerPx { get; set; }
    [JsonProperty("slOrdPx", NullValueHandling = NullValueHandling.Ignore)] public string? SlOrdPx { get; set; }
}

internal sealed class HelperResponse
{
    [JsonProperty("code")] public string Code { get; set; } = "";
    [JsonProperty("msg")] public string Msg { get; set; } = "";
    [JsonProperty("data")] public List<HelperOrderAck> Data { get; set; } = new();
}

internal sealed class HelperOrderAck
{
    [JsonProperty("ordId")] public string? OrdId { get; set; }
    [JsonProperty("clOrdId")] public string? ClOrdId { get; set; }
    [JsonProperty("tag")] public string? Tag { get; set; }
    [JsonProperty("sCode")] public string? SCode { get; set; }
    [JsonProperty("sMsg")] public string? SMsg { get; set; }
}

/// <summary>The hand-written <see cref="HttpClient"/> client built on the copied helper, as such projects send a place order.</summary>
internal sealed class HelperClient
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _apiKey;
    private readonly string _secretKey;
    private readonly string _passphrase;

    public HelperClient(HttpClient http, Uri baseAddress, string apiKey, string secretKey, string passphrase)
    {
        _http = http;
        _baseUrl = baseAddress.ToString().TrimEnd('/');
        _apiKey = apiKey;
        _secretKey = secretKey;
        _passphrase = passphrase;
    }

    public async Task<HelperResponse> PlaceOrderAsync(HelperPlaceOrder order)
    {
        var requestPath = "/api/v5/trade/order";
        var body = CopiedHelper.SerializeSorted(order);
        var timestamp = CopiedHelper.GetTimestamp();
        var sign = CopiedHelper.Sign(timestamp, "POST", requestPath, body, _secretKey);

        using var request = new HttpRequestMessage(HttpMethod.Post, _baseUrl + requestPath);
        request.Headers.Add("OK-ACCESS-KEY", _apiKey);
        request.Headers.Add("OK-ACCESS-SIGN", sign);
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
        request.Headers.Add("x-simulated-trading", "1");
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _http.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        return JsonConvert.DeserializeObject<HelperResponse>(json)!;
    }
}
