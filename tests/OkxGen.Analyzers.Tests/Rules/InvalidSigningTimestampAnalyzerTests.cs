using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OkxGen.Analyzers.Rules;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.AnalyzerVerifier<OkxGen.Analyzers.Rules.InvalidSigningTimestampAnalyzer>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX015: a timestamp that is not UTC ISO 8601 with milliseconds in the invariant culture, signed or sent.</summary>
public sealed class InvalidSigningTimestampAnalyzerTests
{
    [Fact]
    public Task OkxNetStyleSssFormat_InHeaderAndPrehash_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;

        public class OkxAuthenticationProvider
        {
            public void Authenticate(Dictionary<string, string> headers, string method, string path, string body)
            {
                var time = {|#0:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.sssZ")|};
                var signStr = time + method.ToUpper() + path + body;
                var signature = SignHMACSHA256(signStr);
                headers.Add("OK-ACCESS-SIGN", signature);
                headers.Add("OK-ACCESS-TIMESTAMP", time);
            }

            protected string SignHMACSHA256(string data) => data;
        }
        """,
        Warning().WithLocation(0).WithArguments("the format \"yyyy-MM-ddTHH:mm:ss.sssZ\" writes the seconds twice ('ss.sss' is not milliseconds: use 'ss.fff')", "the OK-ACCESS-TIMESTAMP header (Test0.cs, line 12)"));

    [Fact]
    public Task LocalRoundTripAndCulture_Reported() => Verifier.VerifyAsync("""
        using System;
        using System.Globalization;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret)
            {
                request.Headers.Add("OK-ACCESS-TIMESTAMP", {|#0:DateTime.Now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)|});
                string a = {|#1:DateTime.UtcNow.ToString("o")|};
                string b = {|#2:DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ")|};
                string c = {|#3:DateTime.UtcNow.ToString()|};
                string d = $"{{|#4:DateTime.UtcNow|}:yyyy-MM-dd HH:mm:ss}";
                OkxSigner.Sign(secret, a + b + c + d, "GET", "/api/v5/account/balance", "");
            }
        }
        """,
        Warning().WithLocation(0).WithArguments("'DateTime.Now' is local time, not UTC", "the OK-ACCESS-TIMESTAMP header (Test0.cs, line 10)"),
        Warning().WithLocation(1).WithArguments("the round-trip format \"o\" writes seven fractional digits and, for a DateTimeOffset, an offset", "OkxSigner.Sign (Test0.cs, line 15)"),
        Warning().WithLocation(2).WithArguments("it is formatted with the current culture (the year 2567 under th-TH, 12.00.43 under da-DK)", "OkxSigner.Sign (Test0.cs, line 15)"),
        Warning().WithLocation(3).WithArguments("it has no format, so it is written in the current culture's general date format", "OkxSigner.Sign (Test0.cs, line 15)"),
        Warning().WithLocation(4).WithArguments("the format \"yyyy-MM-dd HH:mm:ss\" is not yyyy-MM-ddTHH:mm:ss.fffZ", "OkxSigner.Sign (Test0.cs, line 15)"));

    [Fact]
    public Task CorrectTimestamps_NotReported() => Verifier.VerifyAsync("""
        using System;
        using System.Globalization;
        using System.Net.Http;
        using OkxGen;

        public static class Client
        {
            public static void Prepare(HttpRequestMessage request, string secret)
            {
                string a = OkxSigner.FormatTimestamp(DateTimeOffset.Now);
                string b = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                string c = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}");
                request.Headers.Add("OK-ACCESS-TIMESTAMP", a);
                OkxSigner.Sign(secret, b + c, "GET", "/api/v5/account/balance", "");
            }
        }
        """);

    [Fact]
    public Task BadTimestampNotSigned_NotReported() => Verifier.VerifyAsync("""
        using System;

        public static class Client
        {
            public static string LogLine(string message)
            {
                Console.WriteLine(DateTime.Now.ToString("yyyy-MM-ddTHH:mm:ss.sssZ") + " " + message);
                return DateTime.UtcNow.ToString("o");
            }
        }
        """);

    private static DiagnosticResult Warning() => new(DiagnosticIds.InvalidSigningTimestamp, DiagnosticSeverity.Warning);
}
