using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Doctor;
using OkxGen.Testing;

namespace OkxGen.Sample;

/// <summary>
/// "Debugging 50113", step by step: a request signed the way hand-written helpers often do it (the body serialized a
/// second time, with Python's spaces, for the signature), OKX's answer, and the signature doctor naming the cause.
/// Offline only: it sends a deliberately broken request to the local verifying server, never to OKX.
/// </summary>
internal static class SignatureDoctorDemo
{
    public static async Task RunAsync(OkxTestServer server, string apiKey, string secretKey, string passphrase, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("== Debugging 50113: a body signed in one form and sent in another");
        const string Target = "/api/v5/trade/order";
        const string SentBody = """{"instId":"BTC-USDT","ordType":"market","side":"buy","sz":"0.01","tdMode":"cash"}""";
#pragma warning disable OKX013 // The mistake being diagnosed, on purpose: OkxGen's analyzer flags it, as it would in your code.
        const string SignedBody = """{"instId": "BTC-USDT", "ordType": "market", "side": "buy", "sz": "0.01", "tdMode": "cash"}""";
#pragma warning restore OKX013
        string timestamp = OkxSigner.FormatTimestamp(server.Now);
        string sign = OkxSigner.Sign(secretKey, timestamp, "POST", Target, SignedBody);

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, Target) { Content = new StringContent(SentBody, Encoding.UTF8, "application/json") };
        request.Headers.Add("OK-ACCESS-KEY", apiKey);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", passphrase);
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-SIGN", sign);
        request.Headers.Add("x-simulated-trading", "1");
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"1. sent:      POST {Target} {SentBody}");
        Console.WriteLine($"2. answered:  HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");

        // What a capture (a proxy, a log, `curl -v`) gives: the method, the target, the body bytes and the two headers.
        var captured = new OkxCapturedRequest("POST", Target, Encoding.UTF8.GetBytes(SentBody), timestamp, sign);
        OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(captured, secretKey, passphrase, cancellationToken);
        Console.WriteLine($"3. diagnosed: {diagnosis.Outcome} ({string.Join(" + ", diagnosis.Causes)}): {diagnosis.Explanation}");
        Console.WriteLine($"4. where:     {diagnosis.Difference?.Summary}");
        Console.WriteLine($"5. the server's record says the same: {server.Requests[server.Requests.Count - 1].VerificationMessage}");
        Console.WriteLine("   From a shell: OKX_SECRET_KEY=... okxgen doctor capture.http (raw HTTP, curl or HAR).");
    }
}
