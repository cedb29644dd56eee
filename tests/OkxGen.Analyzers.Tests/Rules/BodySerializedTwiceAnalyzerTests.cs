using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.BodySerializedTwiceAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX016: the sent body and the signed body are two serializations of one object.</summary>
public sealed class BodySerializedTwiceAnalyzerTests
{
    private const string Order = """

        public sealed class PlaceOrder
        {
            public string InstId { get; set; } = "";
            public string Sz { get; set; } = "";
        }
        """;

    private static DiagnosticResult Twice(int location, string name, string signedAt, string signedBy) =>
        new DiagnosticResult("OKX016", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(name, signedAt, signedBy);

    [Fact]
    public Task SerializeForSignature_ThenPostAsJsonAsync_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Client
        {
            public static async Task<HttpResponseMessage> PlaceAsync(HttpClient client, string secret, PlaceOrder order)
            {
                string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                string body = JsonSerializer.Serialize(order);
                client.DefaultRequestHeaders.Add("OK-ACCESS-TIMESTAMP", timestamp);
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body));
                return await {|#0:client.PostAsJsonAsync("/api/v5/trade/order", order)|};
            }
        }
        """ + Order,
        Twice(0, "order", "Test0.cs, line 13", "OkxSigner.Sign (Test0.cs, line 15)"));

    [Fact]
    public Task HmacOfSerializeObject_ThenStringContentOfSecondSerializeObject_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using Newtonsoft.Json;

        public static class OkxHelper
        {
            public static HttpRequestMessage Build(string secret, string timestamp, object order)
            {
                string prehash = timestamp + "POST" + "/api/v5/trade/order" + JsonConvert.SerializeObject(order);
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                var request = new HttpRequestMessage(HttpMethod.Post, "https://www.okx.com/api/v5/trade/order");
                request.Headers.Add("OK-ACCESS-SIGN", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))));
                request.Content = {|#0:new StringContent(JsonConvert.SerializeObject(order), Encoding.UTF8, "application/json")|};
                return request;
            }
        }
        """ + NewtonsoftStubs.Source,
        Twice(0, "order", "Test0.cs, line 11", "HMACSHA256.ComputeHash (Test0.cs, line 14)"));

    [Fact]
    public Task JsonContentCreate_AfterSigningSerialization_Reported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, PlaceOrder order)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order") { Content = {|#0:JsonContent.Create(order)|} };
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", JsonSerializer.Serialize(order)));
                return request;
            }
        }
        """ + Order,
        Twice(0, "order", "Test0.cs, line 11", "OkxSigner.Sign (Test0.cs, line 11)"));

    [Fact]
    public Task PostAsJsonAsync_OtherObjectSigned_SameObjectLogged_NotReported_ButSameObjectSigned_Reported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Client
        {
            public static async Task PlaceAsync(HttpClient client, string secret, string timestamp, PlaceOrder order, PlaceOrder other)
            {
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", JsonSerializer.Serialize(other)));
                await client.PostAsJsonAsync("/api/v5/trade/order", order);
                await {|#0:client.PostAsJsonAsync("/api/v5/trade/order", other)|};
            }
        }
        """ + Order,
        Twice(0, "other", "Test0.cs, line 11", "OkxSigner.Sign (Test0.cs, line 11)"));

    [Fact]
    public Task SerializedOnce_SignedAndSent_NotReported() => Verifier.VerifyAsync("""
        using System.Net.Http;
        using System.Text;
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static HttpRequestMessage Build(string secret, string timestamp, PlaceOrder order)
            {
                string body = JsonSerializer.Serialize(order);
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/v5/trade/order")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body));
                return request;
            }
        }
        """ + Order);

    [Fact]
    public Task SecondSerializationNotSignedOrOfAnotherObject_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;
        using OkxGen;

        public static class Client
        {
            public static async Task<HttpResponseMessage> PlaceAsync(HttpClient client, string secret, string timestamp, PlaceOrder order, PlaceOrder other)
            {
                Console.WriteLine(JsonSerializer.Serialize(order));
                client.DefaultRequestHeaders.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", JsonSerializer.Serialize(other)));
                return await client.PostAsJsonAsync("/api/v5/trade/order", order);
            }
        }
        """ + Order);
}
