using System;
using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Support;

/// <summary>
/// How many cases each property runs: 10,000 by default (CI), <c>OKXGEN_PROPERTY_ITERATIONS</c> for a longer run, and
/// <c>OKXGEN_PROPERTY_SEED</c> to replay the seed a failure printed.
/// </summary>
internal static class PropertyRun
{
    public const long DefaultIterations = 10_000;

    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("OKXGEN_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0
            ? n
            : DefaultIterations;

    public static string? Seed => Environment.GetEnvironmentVariable("OKXGEN_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Runs <paramref name="property"/>; on failure CsCheck's exception message carries the seed and the shrunk case.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> property, ITestOutputHelper output, long? iterations = null)
    {
        long iter = iterations ?? Iterations;
        try
        {
            gen.Sample(property, writeLine: output.WriteLine, seed: Seed, iter: iter, threads: 2);
        }
        catch (Exception exception)
        {
            // xUnit shows the message; the output line keeps the seed visible even if a runner trims long messages.
            output.WriteLine("Property failed; replay with OKXGEN_PROPERTY_SEED set to the seed in: " + exception.Message);
            throw;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iter} cases passed (seed {Seed ?? "random"})."));
    }
}
