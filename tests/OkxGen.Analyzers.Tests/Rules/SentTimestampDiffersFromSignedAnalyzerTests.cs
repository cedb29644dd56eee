using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.SentTimestampDiffersFromSignedAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX040: the timestamp header and the signed text each read the clock.</summary>
public sealed class SentTimestampDiffersFromSignedAnalyzerTests
{
    [Fact]
    public Task UtcNowReadTwice_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Globalization;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret)
            {
                string signature = OkxSigner.Sign(secret, OkxSigner.FormatTimestamp({|OKX040:DateTimeOffset.UtcNow|}), "GET", "/api/v5/account/balance", "");
                request.Headers.Add("OK-ACCESS-SIGN", signature);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            }
        }
        """);

    [Fact]
    public Task ClockReadOnce_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret)
            {
                string timestamp = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, timestamp, "GET", "/api/v5/account/balance", ""));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
            }
        }
        """);
}
