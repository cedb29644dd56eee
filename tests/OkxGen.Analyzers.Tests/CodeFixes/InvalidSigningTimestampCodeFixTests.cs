using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.InvalidSigningTimestampAnalyzer,
    OkxGen.CodeFixes.InvalidSigningTimestampCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>
/// OKX015's fix writes OKX's timestamp: OkxSigner.FormatTimestamp where OkxGen.Runtime is referenced, the invariant
/// yyyy-MM-ddTHH:mm:ss.fffZ of a UTC instant elsewhere.
/// </summary>
public sealed class InvalidSigningTimestampCodeFixTests
{
    [Fact]
    public Task WithRuntime_FormatTimestampOfTheSameInstant() => Verifier.VerifyCodeFixAsync("""
        using System;
        using System.Collections.Generic;
        using OkxGen;

        public class OkxAuthenticationProvider
        {
            public void Authenticate(Dictionary<string, string> headers, string secret, string method, string path, string body)
            {
                var time = {|OKX015:DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.sssZ")|};
                var local = {|OKX015:DateTime.Now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ")|};
                string hole = $"{{|OKX015:DateTimeOffset.UtcNow|},8:yyyy-MM-dd HH:mm:ss}";
                string unix = {|OKX015:DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()|};
                headers.Add("OK-ACCESS-TIMESTAMP", time);
                headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, time + local + hole + unix, method, path, body));
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using OkxGen;

        public class OkxAuthenticationProvider
        {
            public void Authenticate(Dictionary<string, string> headers, string secret, string method, string path, string body)
            {
                var time = OkxSigner.FormatTimestamp(DateTime.UtcNow);
                var local = OkxSigner.FormatTimestamp(DateTime.UtcNow);
                string hole = $"{OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow),8}";
                string unix = OkxSigner.FormatTimestamp(DateTimeOffset.UtcNow);
                headers.Add("OK-ACCESS-TIMESTAMP", time);
                headers.Add("OK-ACCESS-SIGN", OkxSigner.Sign(secret, time + local + hole + unix, method, path, body));
            }
        }
        """);

    [Fact]
    public Task NetStandard20WithoutRuntime_InvariantFormatOfUtc() => Verifier.VerifyCodeFixOnNetStandard20Async("""
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class OkxRestClient
        {
            private readonly byte[] _secret = new byte[32];

            public void Prepare(HttpRequestMessage request, string path, DateTime sent)
            {
                string timestamp = {|OKX015:DateTime.Now.ToString("yyyy-MM-ddTHH:mm:ss.sssZ")|};
                string other = {|OKX015:sent.ToString("o")|};
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + other + "GET" + path));
            }

            private string Sign(string prehash)
            {
                using (var hmac = new HMACSHA256(_secret))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """, """
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class OkxRestClient
        {
            private readonly byte[] _secret = new byte[32];

            public void Prepare(HttpRequestMessage request, string path, DateTime sent)
            {
                string timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
                string other = sent.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
                request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
                request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + other + "GET" + path));
            }

            private string Sign(string prehash)
            {
                using (var hmac = new HMACSHA256(_secret))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
                }
            }
        }
        """);

    [Fact]
    public Task UnixTimeInsideLongerText_NoFix() => Verifier.VerifyNoCodeFixAsync("""
        using System;
        using System.Collections.Generic;

        public class OkxAuthenticationProvider
        {
            public void Authenticate(Dictionary<string, string> headers, string path) =>
                headers.Add("OK-ACCESS-TIMESTAMP", {|OKX015:$"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}{path}"|});
        }
        """);
}
