using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks;

/// <summary>
/// Question 2: what does serializing the body alone cost, on the plain 253-byte order and on one whose strings need
/// escaping (non-ASCII, quotes, a backslash, control characters)? Ratios are against OkxGen within each category.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SerializeBenchmarks : IDisposable
{
    private Variants _plain = null!;
    private Variants _escaping = null!;

    [GlobalSetup]
    public void Setup()
    {
        Equivalence.ThrowIfDifferent();
        _plain = new Variants(Samples.Order);
        _escaping = new Variants(Samples.EscapingOrder);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _plain.Dispose();
        _escaping.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    // (a)
    [BenchmarkCategory("plain")]
    public string CopiedHelper() => _plain.SerializeCopiedHelper();

    [Benchmark]
    // (b)
    [BenchmarkCategory("plain")]
    public byte[] StjReflectionSortedDictionary() => _plain.SerializeStjReflection();

    [Benchmark]
    // (c) SerializeToUtf8Bytes.
    [BenchmarkCategory("plain")]
    public byte[] StjSourceGen() => _plain.SerializeStjSourceGen();

    [Benchmark]
    // (c') source generation into a reused Utf8JsonWriter.
    [BenchmarkCategory("plain")]
    public int StjSourceGenReusedWriter() => _plain.SerializeStjSourceGenReusedWriter().Length;

    [Benchmark]
    // (d)
    [BenchmarkCategory("plain")]
    public int Utf8JsonWriter() => _plain.SerializeUtf8JsonWriter().Length;

    [Benchmark]
    // (e)
    [BenchmarkCategory("plain")]
    public int HandWritten() => _plain.SerializeHandWritten();

    [Benchmark(Baseline = true)]
    // OkxGen: TryWriteBody into a reused buffer.
    [BenchmarkCategory("plain")]
    public int OkxGenTryWriteBody() => _plain.SerializeOkxGen();

    [Benchmark]
    // (c)
    [BenchmarkCategory("escaping")]
    public byte[] EscapingStjSourceGen() => _escaping.SerializeStjSourceGen();

    [Benchmark]
    // (c')
    [BenchmarkCategory("escaping")]
    public int EscapingStjSourceGenReusedWriter() => _escaping.SerializeStjSourceGenReusedWriter().Length;

    [Benchmark]
    // (e)
    [BenchmarkCategory("escaping")]
    public int EscapingHandWritten() => _escaping.SerializeHandWritten();

    [Benchmark(Baseline = true)]
    // OkxGen.
    [BenchmarkCategory("escaping")]
    public int EscapingOkxGenTryWriteBody() => _escaping.SerializeOkxGen();
}
