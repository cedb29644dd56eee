using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using OkxGen.Benchmarks;
using OkxGen.Generator.Tests.TestSupport;

// dotnet run -c Release --project benchmarks/OkxGen.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project benchmarks/OkxGen.Benchmarks -- --validate   (the equivalence checks only; exit code 0 or 1)
if (args.Contains("--validate", StringComparer.Ordinal))
{
    return await ValidateAsync().ConfigureAwait(false);
}

// Results go to benchmarks/BenchmarkDotNet.Artifacts (ignored by git) wherever the command is run from; --artifacts overrides it.
IConfig config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(BenchmarksFolder(), "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(SignBenchmarks).Assembly).Run(args, config);
return 0;

static string BenchmarksFolder([CallerFilePath] string programPath = "") =>
    Path.GetFullPath(Path.Combine(Path.GetDirectoryName(programPath)!, ".."));

static async Task<int> ValidateAsync()
{
    var problems = new List<string>();
    problems.AddRange(Equivalence.CheckSerializationAndSigning());
    problems.AddRange(WebSocketEquivalence.Check());

    FullCallFixture fixture = await FullCallFixture.StartAsync().ConfigureAwait(false);
    await using (fixture.ConfigureAwait(false))
    {
        problems.AddRange(await fixture.CheckAsync().ConfigureAwait(false));
    }

    int generated = GeneratorRun.CountEndpointSources(GeneratorRun.CreateDriver().RunGenerators(GeneratorRun.CreateCompilation()));
    if (generated != EndpointCorpus.Count)
    {
        problems.Add($"generator: {generated} endpoint files for {EndpointCorpus.Count} declarations");
    }

    foreach (string problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    Console.WriteLine(problems.Count == 0
        ? $"validate: every variant agrees (bodies, bytes, signatures, WebSocket frames, pushes and book updates), both clients are accepted, {generated} endpoints generated."
        : $"validate: {problems.Count} problem(s).");
    return problems.Count == 0 ? 0 : 1;
}
