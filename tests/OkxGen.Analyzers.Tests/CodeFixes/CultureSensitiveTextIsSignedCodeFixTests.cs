using System.Threading.Tasks;
using Verifier = OkxGen.Analyzers.Tests.TestSupport.CodeFixVerifier<
    OkxGen.Analyzers.Rules.CultureSensitiveTextIsSignedAnalyzer,
    OkxGen.CodeFixes.CultureSensitiveTextIsSignedCodeFixProvider>;

namespace OkxGen.Analyzers.Tests.CodeFixes;

/// <summary>OKX014's fix formats with CultureInfo.InvariantCulture, qualified where the file lacks the using.</summary>
public sealed class CultureSensitiveTextIsSignedCodeFixTests
{
    [Fact]
    public Task WithoutUsing_GetsQualifiedInvariantCulture() => Verifier.VerifyCodeFixAsync("""
        using System;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string a = {|OKX014:size.ToString()|};
                string b = {|OKX014:price.ToString("F2")|};
                string c = {|OKX014:string.Format("{0}/{1}", size, price)|};
                string d = {|OKX014:$"{{\"px\":\"{price}\",\"sz\":\"{size}\"}}"|};
                string e = {|OKX014:Convert.ToString(size)|};
                string f = "sz=" + {|OKX014:size * 2|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d + e + f);
            }
        }
        """, """
        using System;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string a = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
                string b = price.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                string c = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}/{1}", size, price);
                string d = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"px\":\"{price}\",\"sz\":\"{size}\"}}");
                string e = Convert.ToString(size, System.Globalization.CultureInfo.InvariantCulture);
                string f = "sz=" + (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d + e + f);
            }
        }
        """);

    [Fact]
    public Task EveryFormWithUsing_GetsInvariantCulture() => Verifier.VerifyCodeFixAsync("""
        using System;
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string a = {|OKX014:size.ToString()|};
                string b = {|OKX014:price.ToString("F2")|};
                string c = {|OKX014:string.Format("{0}/{1}", size, price)|};
                string d = {|OKX014:$"{{\"px\":\"{price}\",\"sz\":\"{size}\"}}"|};
                string e = {|OKX014:Convert.ToString(size)|};
                string f = "sz=" + {|OKX014:size * 2|};
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d + e + f);
            }
        }
        """, """
        using System;
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string a = size.ToString(CultureInfo.InvariantCulture);
                string b = price.ToString("F2", CultureInfo.InvariantCulture);
                string c = string.Format(CultureInfo.InvariantCulture, "{0}/{1}", size, price);
                string d = string.Create(CultureInfo.InvariantCulture, $"{{\"px\":\"{price}\",\"sz\":\"{size}\"}}");
                string e = Convert.ToString(size, CultureInfo.InvariantCulture);
                string f = "sz=" + (size * 2).ToString(CultureInfo.InvariantCulture);
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", a + b + c + d + e + f);
            }
        }
        """);

    [Fact]
    public Task UsingAlreadyPresent_NotAddedTwice() => Verifier.VerifyCodeFixAsync("""
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size) =>
                OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", {|OKX014:size.ToString()|});
        }
        """, """
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size) =>
                OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", size.ToString(CultureInfo.InvariantCulture));
        }
        """);

    [Fact]
    public Task NetStandard20_FormattableStringInvariantAndNullableOperand() => Verifier.VerifyCodeFixOnNetStandard20Async("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class OkxRest
        {
            public static string Sign(byte[] secret, string timestamp, decimal size, decimal? price)
            {
                string body = {|OKX014:$"{{\"sz\":\"{size}\"}}"|};
                string query = "?px=" + {|OKX014:price|};
                using (var hmac = new HMACSHA256(secret))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + query + body)));
                }
            }
        }
        """, """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class OkxRest
        {
            public static string Sign(byte[] secret, string timestamp, decimal size, decimal? price)
            {
                string body = FormattableString.Invariant($"{{\"sz\":\"{size}\"}}");
                string query = "?px=" + price?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                using (var hmac = new HMACSHA256(secret))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "POST/api/v5/trade/order" + query + body)));
                }
            }
        }
        """);

    [Fact]
    public Task TwoValuesOnTwoLines_OneFixChangesBoth() => Verifier.VerifyCodeFixInOneStepAsync("""
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string body = "{\"px\":\"" + {|OKX014:price|} + "\"," +
                    "\"sz\":\"" + {|OKX014:size|} + "\"}";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """, """
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price)
            {
                string body = "{\"px\":\"" + price.ToString(CultureInfo.InvariantCulture) + "\"," +
                    "\"sz\":\"" + size.ToString(CultureInfo.InvariantCulture) + "\"}";
                return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
            }
        }
        """);

    [Fact]
    public Task ValueInsideWrappedInterpolation_BothFixed() => Verifier.VerifyCodeFixAsync("""
        using System;
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price) =>
                OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", {|#0:$"{size}/{{|#1:Convert.ToString(price)|}}"|});
        }
        """, """
        using System;
        using System.Globalization;
        using OkxGen;

        public static class OkxRest
        {
            public static string Sign(string secret, string timestamp, decimal size, double price) =>
                OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", string.Create(CultureInfo.InvariantCulture, $"{size}/{Convert.ToString(price, CultureInfo.InvariantCulture)}"));
        }
        """,
        Verifier.Warning("OKX014").WithLocation(0),
        Verifier.Warning("OKX014").WithLocation(1));
}
