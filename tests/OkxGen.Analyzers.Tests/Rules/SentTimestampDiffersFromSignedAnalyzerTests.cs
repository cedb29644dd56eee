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

    [Fact]
    public Task ClockPropertyReadTwice_MessageNamesBothReads() => Verifier.VerifyAsync(
        """
        using System;
        using System.Globalization;
        using System.Net.Http;
        using OkxGen;

        public sealed class Clock
        {
            public string Now => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        public sealed class Client
        {
            private readonly Clock _clock = new();

            public void Prepare(HttpRequestMessage request, string secret)
            {
                request.Headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, {|#0:_clock.Now|}, "GET", "/api/v5/account/balance", ""));
                request.Headers.Add("OK-ACCESS-TIMESTAMP", _clock.Now);
            }
        }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("OKX040", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("_clock.Now", "OkxSigner.Sign (Test0.cs, line 17)", "18", "the OK-ACCESS-TIMESTAMP header (Test0.cs, line 18)"));
}
