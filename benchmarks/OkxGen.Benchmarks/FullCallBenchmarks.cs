using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace OkxGen.Benchmarks;

/// <summary>
/// Question 3: a whole place-order call over loopback HTTP against OkxGen.Testing's verifying server. The server runs in
/// this process, so the allocated column counts its allocations and Kestrel's too; the transport-only row (constant
/// pre-signed bytes, answer not parsed) measures that shared part, and a client's own share is its row minus that one.
/// </summary>
[MemoryDiagnoser]
public class FullCallBenchmarks
{
    private FullCallFixture _fixture = null!;

    [GlobalSetup]
    public void Setup()
    {
        Equivalence.ThrowIfDifferent();
        _fixture = FullCallFixture.StartAsync().GetAwaiter().GetResult();
        var problems = _fixture.CheckAsync().GetAwaiter().GetResult();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<string> OkxGenPlaceOrderAsync() => _fixture.OkxGenAsync();

    [Benchmark]
    public Task<string> HttpClientCopiedHelper() => _fixture.CopiedHelperAsync();

    [Benchmark]
    public Task<int> TransportOnly() => _fixture.TransportOnlyAsync();
}
