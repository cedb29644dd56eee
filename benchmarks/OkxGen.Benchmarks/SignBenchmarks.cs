using System;
using BenchmarkDotNet.Attributes;
using OkxGen.Benchmarks.Alternatives;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks;

/// <summary>
/// Question 1: what does it cost to go from a request object to the <c>OK-ACCESS-SIGN</c> value (serialize, timestamp,
/// prehash, HMAC-SHA256, Base64)? The ratio column is against OkxGen with <see cref="OkxCredentials.TrySign"/>.
/// </summary>
[MemoryDiagnoser]
public class SignBenchmarks : IDisposable
{
    private Variants _variants = null!;

    [GlobalSetup]
    public void Setup()
    {
        Equivalence.ThrowIfDifferent();
        _variants = new Variants(Samples.Order);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _variants.Dispose();
        GC.SuppressFinalize(this);
    }

    // (a) the copied helper: Newtonsoft round trip, top-level sort, DateTime.ToString timestamp, new HMACSHA256.
    [Benchmark]
    public string CopiedHelper() => _variants.SignCopiedHelper(Alternatives.CopiedHelper.GetTimestamp());

    // (b) System.Text.Json reflection over a SortedDictionary, one-shot HMAC.
    [Benchmark]
    public string StjReflectionSortedDictionary() => _variants.SignStjReflection();

    // (c) System.Text.Json source generation, properties in sorted order, one-shot HMAC.
    [Benchmark]
    public string StjSourceGen() => _variants.SignStjSourceGen();

    // (d) a reused Utf8JsonWriter, one-shot HMAC.
    [Benchmark]
    public int Utf8JsonWriterOneShot() => _variants.SignUtf8JsonWriterOneShot();

    // (e) a hand-written span writer, one-shot HMACSHA256.HashData.
    [Benchmark]
    public int HandWrittenOneShot() => _variants.SignHandWrittenOneShot();

    // (f) floor: one-shot HashData + Base64 of a ready prehash.
    [Benchmark]
    public int FloorOneShot() => _variants.SignFloorOneShot();

    // (g) a hand-written span writer, a reused keyed IncrementalHash.
    [Benchmark]
    public int HandWrittenReusedHmac() => _variants.SignHandWrittenReusedHmac();

    // (h) floor: a reused keyed IncrementalHash + Base64 of a ready prehash.
    [Benchmark]
    public int FloorReusedHmac() => _variants.SignFloorReusedHmac();

    // OkxGen with the one-shot OkxSigner.TrySign.
    [Benchmark]
    public int OkxGenOneShot() => _variants.SignOkxGenOneShot();

    // OkxGen as its client signs: OkxCredentials.TrySign (a keyed HMAC reused per thread).
    [Benchmark(Baseline = true)]
    public int OkxGenTrySign() => _variants.SignOkxGen();
}
