using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.UnsortedKeysAreSignedAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX012: keys out of ordinal order in a serialization that reaches a signature.</summary>
public sealed class UnsortedKeysAreSignedAnalyzerTests
{
    private static DiagnosticResult Unsorted(int location, string what, string order, string signedBy) =>
        new DiagnosticResult("OKX012", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(what, order, signedBy);

    [Fact]
    public Task PythonStyleAnonymousObject_SignedThenSent_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;
        using OkxGen;

        public static class Trade
        {
            // python-okx: body = json.dumps(params); sign(timestamp + 'POST' + path + body); send body.
            public static HttpRequestMessage PlaceOrder(string secret, string instId, string tdMode, string side, string ordType, string sz)
            {
                string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                string body = JsonSerializer.Serialize({|#0:new { instId, tdMode, side, ordType, sz }|});
                var request = new HttpRequestMessage(HttpMethod.Post, "https://www.okx.com/api/v5/trade/order")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body));
                return request;
            }
        }
        """,
        Unsorted(0, "This anonymous object", "declaration order ('tdMode' before 'side')", "OkxSigner.Sign (Test0.cs, line 18)"));

    [Fact]
    public Task OkxNetStyleSortedDictionaryWithoutComparer_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;

        public static class Authentication
        {
            public static string Sign(byte[] key, string timestamp, string instId, string side, string sz)
            {
                var parameters = {|#0:new SortedDictionary<string, object>()|};
                parameters.Add("instId", instId);
                parameters.Add("side", side);
                parameters.Add("sz", sz);
                string body = JsonSerializer.Serialize(parameters);
                byte[] hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body));
                return Convert.ToBase64String(hash);
            }
        }
        """,
        new DiagnosticResult("OKX012", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("'SortedDictionary'", "the current culture (the default string comparer)", "HMACSHA256.HashData (Test0.cs, line 16)"));

    [Fact]
    public Task BlogHelperRoundTrip_SortedOnlyAtTopLevel_NestedDictionaryReported() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        using Newtonsoft.Json;

        public static class OkxHelper
        {
            public static string SignOrder(string secret, string timestamp)
            {
                var order = new Dictionary<string, object>
                {
                    ["instId"] = "BTC-USDT",
                    ["tdMode"] = "cross",
                    ["side"] = "buy",
                    ["ordType"] = "limit",
                    ["sz"] = "1",
                    ["px"] = "30000",
                    ["attachAlgoOrds"] = new[]
                    {
                        {|#0:new Dictionary<string, object> { ["tpTriggerPx"] = "35000", ["tpOrdPx"] = "-1", ["slTriggerPx"] = "28000", ["slOrdPx"] = "-1" }|},
                    },
                };

                // The helper's "canonical" form: round trip through a dictionary, sort the top level only.
                var roundTrip = JsonConvert.DeserializeObject<Dictionary<string, object>>(JsonConvert.SerializeObject(order));
                var sorted = new SortedDictionary<string, object>(roundTrip!, StringComparer.Ordinal);
                string body = JsonConvert.SerializeObject(sorted);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body)));
            }
        }
        """ + NewtonsoftStubs.Source,
        Unsorted(0, "This Dictionary", "insertion order ('tpTriggerPx' before 'tpOrdPx')", "HMACSHA256.ComputeHash (Test0.cs, line 30)"));

    [Fact]
    public Task ClassWithCamelCasePolicy_DeclarationOrderUnsorted_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Text.Json;
        using OkxGen;

        public sealed class PlaceOrder
        {
            public string InstId { get; set; } = "";
            public string TdMode { get; set; } = "";
            public string Side { get; set; } = "";
            public string Sz { get; set; } = "";
        }

        public static class Client
        {
            public static string Sign(string secret, string timestamp, PlaceOrder order)
            {
                var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
                string body = JsonSerializer.Serialize({|#0:order|}, options);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """,
        Unsorted(0, "'PlaceOrder'", "declaration order ('tdMode' before 'side')", "OkxSigner.Sign (Test0.cs, line 19)"));

    [Fact]
    public Task JObjectFilledByIndexer_Reported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Linq;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret, string timestamp)
            {
                var body = {|#0:new JObject()|};
                body["instId"] = "BTC-USDT";
                body["sz"] = "1";
                body["px"] = "30000";
                string json = body.ToString(Formatting.None);
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", json));
            }
        }
        """ + NewtonsoftStubs.Source,
        Unsorted(0, "This JObject", "insertion order ('sz' before 'px')", "OkxSigner.Sign (Test0.cs, line 15)"));

    [Fact]
    public Task SortedAnonymousObjectAndOrdinalDictionary_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using OkxGen;

        public sealed class PlaceOrder
        {
            public string InstId { get; set; } = "";
            public string OrdType { get; set; } = "";
            public string Side { get; set; } = "";
        }

        public static class Client
        {
            public static string Sign(string secret, string timestamp, string instId, string ordType, string side, string sz, string tdMode, PlaceOrder order)
            {
                string a = JsonSerializer.Serialize(new { instId, ordType, side, sz, tdMode });
                var parameters = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["sz"] = sz, ["instId"] = instId };
                string b = JsonSerializer.Serialize(parameters);
                string c = JsonSerializer.Serialize(order, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c);
            }
        }
        """);

    [Fact]
    public Task UnsortedButNotSigned_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;

        public static class Client
        {
            public static HttpContent Content(string instId, string tdMode, string side)
            {
                Console.WriteLine(JsonSerializer.Serialize(new { instId, tdMode, side }));
                var parameters = new SortedDictionary<string, object> { ["instId"] = instId };
                return new StringContent(JsonSerializer.Serialize(parameters), Encoding.UTF8, "application/json");
            }
        }
        """);

    [Fact]
    public Task UnknownOptionsOrDictionaryGivenToUserCode_NotReported() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text.Json;
        using OkxGen;

        public sealed class PlaceOrder
        {
            public string InstId { get; set; } = "";
            public string TdMode { get; set; } = "";
            public string Side { get; set; } = "";
        }

        public static class Client
        {
            private static readonly JsonSerializerOptions Options = new();

            public static string Sign(string secret, string timestamp, PlaceOrder order)
            {
                string a = JsonSerializer.Serialize(order, Options);
                var parameters = new Dictionary<string, object> { ["sz"] = "1", ["instId"] = "BTC-USDT" };
                Normalize(parameters);
                string b = JsonSerializer.Serialize(parameters);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b);
            }

            private static void Normalize(Dictionary<string, object> parameters) { }
        }
        """);
}
