using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.CultureSensitiveTextIsSignedAnalyzer,
    OkxGen.CodeFixes.CultureSensitiveTextIsSignedCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.Rules;

/// <summary>OKX014: decimal, double and float formatted with the current culture and signed.</summary>
public sealed class CultureSensitiveTextIsSignedAnalyzerTests
{
    [Fact]
    public Task HandBuiltBodyFromDecimals_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class OkxRest
        {
            public static string Sign(byte[] secret, string timestamp, string instId, decimal size, decimal price)
            {
                string body = "{\"instId\":\"" + instId + "\",\"px\":\"" + {|OKX014:price|} + "\",\"sz\":\"" + {|OKX014:size.ToString()|} + "\"}";
                byte[] hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + body));
                return Convert.ToBase64String(hash);
            }
        }
        """);

    [Fact]
    public Task FormatInterpolationAndConvert_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, double size, float price)
            {
                string a = {|OKX014:size.ToString("F4")|};
                string b = {|OKX014:string.Format("{0}", price)|};
                string c = {|OKX014:$"{{\"sz\":\"{size}\"}}"|};
                string d = {|OKX014:Convert.ToString(price)|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d);
            }
        }
        """);

    [Fact]
    public Task InvariantFormatting_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, int count)
            {
                string a = size.ToString(CultureInfo.InvariantCulture);
                string b = size.ToString("F2", NumberFormatInfo.InvariantInfo);
                string c = string.Create(CultureInfo.InvariantCulture, $"{{\"sz\":\"{size}\"}}");
                string d = FormattableString.Invariant($"{size}");
                string e = string.Format(CultureInfo.InvariantCulture, "{0}", size);
                string f = count.ToString() + $"{count}" + "ok";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d + e + f);
            }
        }
        """);

    [Fact]
    public Task CultureFormattingNotSigned_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, string body, decimal size)
            {
                Console.WriteLine($"Placing {size} at {size.ToString()}");
                string label = "size " + size;
                Console.WriteLine(label);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """);

    [Fact]
    public Task PriceFormattedInBuilder_SignedInHelper_ReportedAtOriginNamingTheSigningCall() => Verifier.VerifyAnalyzerAsync(
        """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class Signer
        {
            public static string Sign(byte[] key, string message)
            {
                using var hmac = new HMACSHA256(key);
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
            }
        }

        public sealed class OrderBuilder
        {
            public string Price(decimal price) => {|#0:price.ToString()|};
        }

        public sealed class OkxTrade
        {
            private readonly OrderBuilder _builder = new();

            public string Sign(byte[] key, string timestamp, decimal price) =>
                Signer.Sign(key, timestamp + "POST" + "/api/v5/trade/order" + "{\"px\":\"" + _builder.Price(price) + "\"}");
        }
        """,
        Verifier.Warning("OKX014").WithLocation(0).WithArguments("price", "HMACSHA256.ComputeHash (Test0.cs, line 10)"));

    [Fact]
    public Task DatesFormattedWithCurrentCulture_NonOkxSignature_Reported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class SigV4
        {
            public static string Sign(byte[] key, string canonicalRequest, DateTime now, DateTimeOffset? expires)
            {
                string amzDate = {|OKX014:now.ToString("yyyyMMdd'T'HHmmss'Z'")|};
                string scope = {|OKX014:$"{now:yyyyMMdd}/us-east-1/s3/aws4_request"|};
                string expiry = "X-Amz-Expires=" + {|OKX014:expires|};
                string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + expiry + "\n" + canonicalRequest;
                return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
            }
        }
        """);

    [Fact]
    public Task DatesInvariantOrRoundTrip_NotReported() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using System.Globalization;
        using System.Security.Cryptography;
        using System.Text;

        public static class SigV4
        {
            public static string Sign(byte[] key, string canonicalRequest, DateTime now)
            {
                string amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
                string sortable = now.ToString("s") + now.ToString("u") + $"{now:o}";
                string scope = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd}/us-east-1/s3/aws4_request");
                return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(amzDate + sortable + scope + canonicalRequest)));
            }
        }
        """);

    [Fact]
    public Task DateInOkxSignature_LeftToOkx015() => Verifier.VerifyAnalyzerAsync("""
        using System;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret) =>
                OkxSigner.Sign(secret, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), "GET", "/api/v5/account/balance", "");
        }
        """);
}
