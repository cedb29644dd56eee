using System.Threading.Tasks;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.EndpointSerializedByReflectionAnalyzer,
    OkxGen.CodeFixes.EndpointSerializedByReflectionCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX010: an [OkxEndpoint] instance given to a reflection serializer, which writes keys unsorted.</summary>
public sealed class EndpointSerializedByReflectionAnalyzerTests
{
    private const string Endpoint = """
        namespace Demo
        {
            [OkxGen.OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record PlaceOrderRequest
            {
                public required string InstId { get; init; }
                public required string TdMode { get; init; }
                public required string Side { get; init; }
                public required string OrdType { get; init; }
                public required string Sz { get; init; }

                public string ToJson() => "";
            }

            [OkxGen.OkxEndpoint("GET", "/api/v5/account/balance")]
            public partial record GetBalanceRequest
            {
                public string? Ccy { get; init; }
            }

            public sealed record Ticker(string InstId, string Last);
        }
        """;

    // The helper found in blog posts and answers: serialize the request with Newtonsoft, round-trip it through a
    // dictionary to sort the top-level keys, sign, and send that text.
    [Fact]
    public Task BlogHelper_NewtonsoftSerializedRequestSigned_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using Newtonsoft.Json;

        namespace Demo
        {
            public sealed class OkxRestClient
            {
                private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
                private readonly string _apiKey = "", _secret = "", _passphrase = "";

                public async Task<string> PlaceOrderAsync(PlaceOrderRequest request)
                {
                    string json = {|#0:JsonConvert.SerializeObject(request)|};
                    var parameters = JsonConvert.DeserializeObject<Dictionary<string, object>>(json)!;
                    string body = JsonConvert.SerializeObject(parameters.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => p.Value));
                    string timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                    string sign = Sign(timestamp + "POST" + "/api/v5/trade/order" + body);

                    using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order");
                    message.Headers.Add("OK-ACCESS-KEY", _apiKey);
                    message.Headers.Add("OK-ACCESS-SIGN", sign);
                    message.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                    message.Headers.Add("OK-ACCESS-PASSPHRASE", _passphrase);
                    message.Content = new StringContent({|#2:JsonConvert.SerializeObject(request, Formatting.None)|}, Encoding.UTF8, "application/json");
                    using HttpResponseMessage response = await _http.SendAsync(message);
                    return await response.Content.ReadAsStringAsync();
                }

                private string Sign(string prehash)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secret));
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source,
        Verifier.Warning("OKX010").WithLocation(0).WithArguments("PlaceOrderRequest", "JsonConvert.SerializeObject"),
        Verifier.Warning("OKX010").WithLocation(2).WithArguments("PlaceOrderRequest", "JsonConvert.SerializeObject"));

    [Fact]
    public Task SystemTextJsonSerializeThenSign_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;

        namespace Demo
        {
            public static class Signer
            {
                private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

                public static string Sign(PlaceOrderRequest request, string timestamp, byte[] secret)
                {
                    string body = {|#0:JsonSerializer.Serialize(request, Options)|};
                    byte[] hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + body));
                    return Convert.ToBase64String(hash);
                }

                public static byte[] Utf8(PlaceOrderRequest request) => {|#1:JsonSerializer.SerializeToUtf8Bytes(request)|};

                public static string Boxed(PlaceOrderRequest request) => {|#2:JsonSerializer.Serialize((object)request, typeof(PlaceOrderRequest))|};
            }
        }
        """ + Endpoint,
        Verifier.Warning("OKX010").WithLocation(0).WithArguments("PlaceOrderRequest", "JsonSerializer.Serialize"),
        Verifier.Warning("OKX010").WithLocation(1).WithArguments("PlaceOrderRequest", "JsonSerializer.SerializeToUtf8Bytes"),
        Verifier.Warning("OKX010").WithLocation(2).WithArguments("PlaceOrderRequest", "JsonSerializer.Serialize"));

    [Fact]
    public Task HttpJsonHelpersStreamsAndJObject_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Newtonsoft.Json.Linq;

        namespace Demo
        {
            public static class Sender
            {
                public static async Task SendAsync(HttpClient http, PlaceOrderRequest request, GetBalanceRequest balance, Stream stream)
                {
                    await {|#0:http.PostAsJsonAsync("/api/v5/trade/order", request)|};
                    await {|#1:http.PutAsJsonAsync("/api/v5/trade/order", request)|};
                    await {|#2:HttpClientJsonExtensions.PatchAsJsonAsync(http, "/api/v5/trade/order", request)|};
                    using HttpContent content = {|#3:JsonContent.Create(request)|};
                    await {|#4:JsonSerializer.SerializeAsync(stream, request)|};
                    JsonElement element = {|#5:JsonSerializer.SerializeToElement(request)|};
                    JObject jobject = {|#6:JObject.FromObject(request)|};
                    JToken jtoken = {|#7:JToken.FromObject(balance)|};
                    string query = {|#8:JsonSerializer.Serialize(balance)|};
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source,
        Verifier.Warning("OKX010").WithLocation(0).WithArguments("PlaceOrderRequest", "HttpClientJsonExtensions.PostAsJsonAsync"),
        Verifier.Warning("OKX010").WithLocation(1).WithArguments("PlaceOrderRequest", "HttpClientJsonExtensions.PutAsJsonAsync"),
        Verifier.Warning("OKX010").WithLocation(2).WithArguments("PlaceOrderRequest", "HttpClientJsonExtensions.PatchAsJsonAsync"),
        Verifier.Warning("OKX010").WithLocation(3).WithArguments("PlaceOrderRequest", "JsonContent.Create"),
        Verifier.Warning("OKX010").WithLocation(4).WithArguments("PlaceOrderRequest", "JsonSerializer.SerializeAsync"),
        Verifier.Warning("OKX010").WithLocation(5).WithArguments("PlaceOrderRequest", "JsonSerializer.SerializeToElement"),
        Verifier.Warning("OKX010").WithLocation(6).WithArguments("PlaceOrderRequest", "JObject.FromObject"),
        Verifier.Warning("OKX010").WithLocation(7).WithArguments("GetBalanceRequest", "JToken.FromObject"),
        Verifier.Warning("OKX010").WithLocation(8).WithArguments("GetBalanceRequest", "JsonSerializer.Serialize"));

    [Fact]
    public Task NonEndpointType_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class Sender
            {
                public static async Task<string> SendAsync(HttpClient http, Ticker ticker)
                {
                    await http.PostAsJsonAsync("/webhook", ticker);
                    string a = JsonSerializer.Serialize(ticker);
                    string b = JsonConvert.SerializeObject(new { instId = "BTC-USDT", sz = "1" });
                    return a + b;
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source);

    [Fact]
    public Task GeneratedToJsonAndDeserialization_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;

        namespace Demo
        {
            public static class Sender
            {
                public static HttpContent Content(PlaceOrderRequest request)
                {
                    string body = request.ToJson();
                    return new StringContent(body, Encoding.UTF8, "application/json");
                }

                public static PlaceOrderRequest? Read(string json) => JsonSerializer.Deserialize<PlaceOrderRequest>(json);

                public static string Other(PlaceOrderRequest request) => JsonSerializer.Serialize(request.InstId);
            }
        }
        """ + Endpoint);
}
