using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Properties;

/// <summary>The query writer against a reference encoder and a decoder, and the signature against an independent HMAC.</summary>
public sealed class QueryAndSignatureProperties(ITestOutputHelper output)
{
    [Fact]
    public void QueryString_EqualsTheReferenceEncoding_AndDecodesBackToTheValues() =>
        PropertyRun.Check(FuzzGen.Query, request =>
        {
            string query = request.ToQueryString();
            Assert.Equal(ReferenceModel.QueryString(request), query);

            SortedDictionary<string, string> expected = ReferenceModel.QueryValues(request);
            if (expected.Count == 0)
            {
                Assert.Equal("", query);
                return;
            }

            Assert.StartsWith("?", query, StringComparison.Ordinal);
            AssertOnlyUnreservedOrEscaped(query[1..]);
            var decoded = new List<KeyValuePair<string, string>>();
            foreach (string pair in query[1..].Split('&'))
            {
                string[] parts = pair.Split('=');
                Assert.Equal(2, parts.Length);
                decoded.Add(new(parts[0], Uri.UnescapeDataString(parts[1])));
            }

            Assert.Equal(expected.ToList(), decoded);
            Assert.Equal(decoded.Select(p => p.Key).Order(StringComparer.Ordinal), decoded.Select(p => p.Key));
        }, output);

    [Fact]
    public void TryWriteQuery_OneByteTooSmallFails_ExactSizeSucceeds() =>
        PropertyRun.Check(FuzzGen.Query, request =>
        {
            int size = Encoding.ASCII.GetByteCount(ReferenceModel.QueryString(request));
            if (size > 0)
            {
                Assert.False(request.TryWriteQuery(new byte[size - 1], out int none));
                Assert.Equal(0, none);
            }

            byte[] exact = new byte[size];
            Assert.True(request.TryWriteQuery(exact, out int written));
            Assert.Equal(size, written);
        }, output);

    [Fact]
    public void SentRequest_CarriesTheReferenceBytes_AndASignatureThatVerifiesWithAnIndependentHmac()
    {
        Gen<(IOkxRequest Request, string Target, byte[] Body)> requests = Gen.OneOf(
            FuzzGen.Order.Select(o => ((IOkxRequest)o, "/api/v5/fuzz/order", ReferenceModel.Body(o).ToUtf8())),
            FuzzGen.Batch.Select(b => ((IOkxRequest)b, "/api/v5/fuzz/batch", ReferenceModel.Body(b).ToUtf8())),
            FuzzGen.Query.Select(q => ((IOkxRequest)q, "/api/v5/fuzz/query" + ReferenceModel.QueryString(q), Array.Empty<byte>())));

        PropertyRun.Check(requests, sample =>
        {
            var handler = new StubHandler("""{"code":"0","msg":"","data":[]}""");
            OkxResponse<System.Text.Json.JsonElement> response = TestKeys.StubClient(handler).SendAsync(sample.Request, CancellationToken.None).GetAwaiter().GetResult();
            Assert.True(response.IsSuccess);

            CapturedRequest sent = Assert.Single(handler.Requests);
            Assert.Equal(sample.Target, sent.PathAndQuery);
            CanonicalBodyProperties.AssertBytes(sample.Body, sent.Body);
            string method = sample.Request.Endpoint.Method;
            Assert.Equal(method, sent.Method);
            Assert.Equal("2024-03-09T16:05:27.123Z", sent.Headers["OK-ACCESS-TIMESTAMP"]);
            Assert.Equal(TestKeys.ApiKey, sent.Headers["OK-ACCESS-KEY"]);
            Assert.Equal(TestKeys.Passphrase, sent.Headers["OK-ACCESS-PASSPHRASE"]);
            Assert.Equal(TestKeys.Signature(sent.Headers["OK-ACCESS-TIMESTAMP"], method, sent.PathAndQuery, sent.Body), sent.Headers["OK-ACCESS-SIGN"]);
        }, output);
    }

    private static void AssertOnlyUnreservedOrEscaped(string query)
    {
        for (int i = 0; i < query.Length; i++)
        {
            char c = query[i];
            if (c == '%')
            {
                Assert.True(i + 2 < query.Length && IsUpperHex(query[i + 1]) && IsUpperHex(query[i + 2]), $"bad escape at {i} in {query}");
                i += 2;
            }
            else
            {
                Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ',' or '&' or '=', $"raw '{c}' at {i} in {query}");
            }
        }
    }

    private static bool IsUpperHex(char c) => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F';
}
