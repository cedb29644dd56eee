using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using OkxGen.Doctor;

namespace OkxGen.Benchmarks;

/// <summary>
/// The signature doctor on a 4 KB batch-order body (issue 13 asks for under 50 ms): a cause found among the single
/// mistakes, and the worst case, an unknown cause, where every single mistake and every pair is tried.
/// </summary>
[MemoryDiagnoser]
public class DoctorBenchmarks
{
    private const string Secret = "22582BD0CFF14C41EDBF1AB98506286D";
    private const string Timestamp = "2020-12-08T09:08:57.715Z";
    private const string Target = "/api/v5/trade/batch-orders";

    private OkxCapturedRequest _spacedBody = null!;
    private OkxCapturedRequest _unknown = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sent = new StringBuilder("[");
        var spaced = new StringBuilder("[");
        for (int i = 0; sent.Length < 4096; i++)
        {
            string separator = i == 0 ? string.Empty : ",";
            sent.Append(separator).Append(CultureInfo.InvariantCulture, $$"""{"clOrdId":"b{{i:D6}}","instId":"BTC-USDT","ordType":"limit","px":"43250.{{i}}","side":"buy","sz":"0.01","tdMode":"cash"}""");
            spaced.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $$"""{"clOrdId": "b{{i:D6}}", "instId": "BTC-USDT", "ordType": "limit", "px": "43250.{{i}}", "side": "buy", "sz": "0.01", "tdMode": "cash"}""");
        }

        byte[] body = Encoding.UTF8.GetBytes(sent.Append(']').ToString());
        _spacedBody = Captured(body, Sign(Secret, Timestamp + "POST" + Target + spaced.Append(']')));
        _unknown = Captured(body, Sign("another secret", Timestamp + "POST" + Target + Encoding.UTF8.GetString(body)));
        if (OkxSignatureDoctor.Diagnose(_spacedBody, Secret).Outcome != OkxSignatureOutcome.Diagnosed
            || OkxSignatureDoctor.Diagnose(_unknown, Secret).Outcome != OkxSignatureOutcome.Unknown)
        {
            throw new InvalidOperationException("The doctor's benchmark cases are not diagnosed as they should be.");
        }
    }

    [Benchmark(Description = "doctor, 4 KB body, cause found: spaced body")]
    public OkxSignatureDiagnosis SpacedBody() => OkxSignatureDoctor.Diagnose(_spacedBody, Secret);

    [Benchmark(Description = "doctor, 4 KB body, unknown cause (every single and pair tried)")]
    public OkxSignatureDiagnosis Unknown() => OkxSignatureDoctor.Diagnose(_unknown, Secret);

    private static OkxCapturedRequest Captured(byte[] body, string signature) => new("POST", Target, body, Timestamp, signature);

    private static string Sign(string secret, string prehash) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(prehash)));
}
