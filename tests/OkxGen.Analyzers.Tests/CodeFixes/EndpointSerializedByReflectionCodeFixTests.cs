using System.Threading.Tasks;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.EndpointSerializedByReflectionAnalyzer,
    OkxGen.CodeFixes.EndpointSerializedByReflectionCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX010's fix: the string and UTF-8 forms become the generated ToJson(); the others have no fix.</summary>
public sealed class EndpointSerializedByReflectionCodeFixTests
{
    private const string Endpoint = """

        namespace Demo
        {
            [OkxGen.OkxEndpoint("POST", "/api/v5/trade/order")]
            public partial record PlaceOrderRequest
            {
                public required string InstId { get; init; }
                public required string Sz { get; init; }

                public string ToJson() => "";
            }

            [OkxGen.OkxEndpoint("GET", "/api/v5/account/balance")]
            public partial record GetBalanceRequest
            {
                public string? Ccy { get; init; }
            }
        }
        """;

    [Fact]
    public Task BlogHelper_SerializeObjectBecomesToJson() => Verifier.VerifyCodeFixAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class OkxAuth
            {
                public static string SignedBody(PlaceOrderRequest request, string timestamp, string secret, out string sign)
                {
                    string body = {|OKX010:JsonConvert.SerializeObject(request)|};
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                    sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body)));
                    return body;
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source, """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class OkxAuth
            {
                public static string SignedBody(PlaceOrderRequest request, string timestamp, string secret, out string sign)
                {
                    string body = request.ToJson();
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                    sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST" + "/api/v5/trade/order" + body)));
                    return body;
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source);

    [Fact]
    public Task SystemTextJson_SerializeWithOptionsAndUtf8Bytes_Fixed() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json;

        namespace Demo
        {
            public static class Bodies
            {
                private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

                public static string Text(PlaceOrderRequest request) => {|OKX010:JsonSerializer.Serialize(request, Options)|};

                public static byte[] Utf8(PlaceOrderRequest request) => {|OKX010:JsonSerializer.SerializeToUtf8Bytes(request)|};
            }
        }
        """ + Endpoint, """
        using System.Text.Json;

        namespace Demo
        {
            public static class Bodies
            {
                private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

                public static string Text(PlaceOrderRequest request) => request.ToJson();

                public static byte[] Utf8(PlaceOrderRequest request) => System.Text.Encoding.UTF8.GetBytes(request.ToJson());
            }
        }
        """ + Endpoint);

    [Fact]
    public Task Utf8BytesWithSystemTextImported_EncodingSimplified() => Verifier.VerifyCodeFixAsync("""
        using System.Text;
        using System.Text.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static byte[] Utf8(PlaceOrderRequest request) => {|OKX010:JsonSerializer.SerializeToUtf8Bytes(request)|};
            }
        }
        """ + Endpoint, """
        using System.Text;
        using System.Text.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static byte[] Utf8(PlaceOrderRequest request) => Encoding.UTF8.GetBytes(request.ToJson());
            }
        }
        """ + Endpoint);

    [Fact]
    public Task CastsAndObjectCreation_ReceiverKeptValid() => Verifier.VerifyCodeFixAsync("""
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static string Boxed(PlaceOrderRequest request) => {|OKX010:JsonConvert.SerializeObject((object)request, Formatting.Indented)|};

                public static string Created() => {|OKX010:JsonConvert.SerializeObject(new PlaceOrderRequest { InstId = "BTC-USDT", Sz = "1" })|};

                public static string Either(PlaceOrderRequest? a, PlaceOrderRequest b) => {|OKX010:JsonConvert.SerializeObject(a ?? b)|};
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source, """
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static string Boxed(PlaceOrderRequest request) => request.ToJson();

                public static string Created() => new PlaceOrderRequest { InstId = "BTC-USDT", Sz = "1" }.ToJson();

                public static string Either(PlaceOrderRequest? a, PlaceOrderRequest b) => (a ?? b).ToJson();
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source);

    [Fact]
    public Task FixAll_EverySerializationInDocument() => Verifier.VerifyCodeFixAsync("""
        using System.Text.Json;
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static string A(PlaceOrderRequest request) => {|OKX010:JsonConvert.SerializeObject(request)|};

                public static string B(PlaceOrderRequest request) => {|OKX010:JsonSerializer.Serialize(request)|};

                public static string C(PlaceOrderRequest request) => {|OKX010:JsonConvert.SerializeObject(request, new JsonSerializerSettings())|};

                public static byte[] D(PlaceOrderRequest request) => {|OKX010:JsonSerializer.SerializeToUtf8Bytes(request)|};
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source, """
        using System.Text.Json;
        using Newtonsoft.Json;

        namespace Demo
        {
            public static class Bodies
            {
                public static string A(PlaceOrderRequest request) => request.ToJson();

                public static string B(PlaceOrderRequest request) => request.ToJson();

                public static string C(PlaceOrderRequest request) => request.ToJson();

                public static byte[] D(PlaceOrderRequest request) => System.Text.Encoding.UTF8.GetBytes(request.ToJson());
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source);

    [Fact]
    public Task StreamsHttpHelpersAndGetEndpoints_NoFix() => Verifier.VerifyNoCodeFixAsync("""
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
                    await {|OKX010:http.PostAsJsonAsync("/api/v5/trade/order", request)|};
                    using HttpContent content = {|OKX010:JsonContent.Create(request)|};
                    await {|OKX010:JsonSerializer.SerializeAsync(stream, request)|};
                    JObject jobject = {|OKX010:JObject.FromObject(request)|};
                    string query = {|OKX010:JsonSerializer.Serialize(balance)|};
                }
            }
        }
        """ + Endpoint + NewtonsoftStubs.Source);
}
