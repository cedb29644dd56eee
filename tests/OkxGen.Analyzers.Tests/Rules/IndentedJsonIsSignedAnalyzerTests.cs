using System.Threading.Tasks;
using OkxGen.Analyzers.Tests.TestSupport;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.IndentedJsonIsSignedAnalyzer,
    OkxGen.CodeFixes.IndentedJsonIsSignedCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX011: indented JSON that reaches a signature.</summary>
public sealed class IndentedJsonIsSignedAnalyzerTests
{
    [Fact]
    public Task BlogHelper_JsonConvertIndented_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        using Newtonsoft.Json;

        public static class OkxHelper
        {
            public static string Sign(string secret, string timestamp, string path, Dictionary<string, string> dict)
            {
                string body = JsonConvert.SerializeObject(dict, {|OKX011:Formatting.Indented|});
                string prehash = timestamp + "POST" + path + body;
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
            }
        }
        """ + NewtonsoftStubs.Source);

    [Fact]
    public Task WriteIndentedOptionsLocal_SignedWithOkxSigner_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Text.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, object order)
            {
                var options = new JsonSerializerOptions { {|OKX011:WriteIndented = true|} };
                string body = JsonSerializer.Serialize(order, options);
                string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """);

    [Fact]
    public Task JObjectToString_InSignHeader_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Net.Http;
        using Newtonsoft.Json.Linq;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string timestamp, object order)
            {
                JObject json = JObject.FromObject(order);
                string body = {|OKX011:json.ToString()|};
                request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + "POST/api/v5/trade/order" + body));
            }

            private static string Sign(string prehash) => prehash;
        }
        """ + NewtonsoftStubs.Source);

    [Fact]
    public Task JsonNodeToString_Reported_ToJsonStringNot() => Verifier.VerifyAnalyzerAsync("""
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json.Nodes;

        public static class Client
        {
            public static byte[] Sign(byte[] key, string timestamp)
            {
                var body = new JsonObject { ["instId"] = "BTC-USDT", ["sz"] = "1" };
                byte[] bad = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + {|OKX011:body.ToString()|}));
                return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + body.ToJsonString()));
            }
        }
        """);

    [Fact]
    public Task Utf8JsonWriterIndented_OutputSigned_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System.Buffers;
        using System.Security.Cryptography;
        using System.Text.Json;

        public static class Client
        {
            public const string PlaceOrder = "/api/v5/trade/order";

            public static byte[] Sign(byte[] key)
            {
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { {|OKX011:Indented = true|} }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("instId", "BTC-USDT");
                    writer.WriteEndObject();
                }

                return HMACSHA256.HashData(key, buffer.WrittenSpan);
            }
        }
        """);

    [Fact]
    public Task IndentedButOnlyLogged_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Text.Json;
        using Newtonsoft.Json;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order)
            {
                Console.WriteLine(JsonConvert.SerializeObject(order, Formatting.Indented));
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(order, new JsonSerializerOptions { WriteIndented = true }));
                string body = JsonConvert.SerializeObject(order);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """ + NewtonsoftStubs.Source);

    [Fact]
    public Task CompactSerialization_Signed_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System.Text.Json;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Linq;
        using OkxGen;

        public static class Client
        {
            public static string Sign(string secret, string timestamp, object order)
            {
                string a = JsonConvert.SerializeObject(order, Formatting.None);
                string b = System.Text.Json.JsonSerializer.Serialize(order, new JsonSerializerOptions { WriteIndented = false });
                string c = JObject.FromObject(order).ToString(Formatting.None);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c);
            }
        }
        """ + NewtonsoftStubs.Source);

    [Fact]
    public Task IndentedInBuilder_SignedInHelper_MessageNamesTheSigningCall() => Verifier.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using System.Text.Json;

        public static class Signer
        {
            public static string Sign(byte[] key, string message)
            {
                using var hmac = new HMACSHA256(key);
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
            }
        }

        public static class OkxBodies
        {
            public static string Order(object order) => JsonSerializer.Serialize(order, new JsonSerializerOptions { {|#0:WriteIndented = true|} });

            public static string Sign(byte[] key, string timestamp, object order) =>
                Signer.Sign(key, timestamp + "POST" + "/api/v5/trade/order" + Order(order));
        }
        """,
        Verifier.Warning("OKX011").WithLocation(0)
            .WithArguments("JsonSerializer.Serialize with WriteIndented = true", "set WriteIndented to false", "HMACSHA256.ComputeHash (Test0.cs, line 11)"));
}
