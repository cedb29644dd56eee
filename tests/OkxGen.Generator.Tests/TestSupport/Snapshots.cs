using System;
using System.Collections.Generic;
using System.IO;

namespace OkxGen.Generator.Tests.TestSupport;

/// <summary>
/// Expected generated files kept under <c>Snapshots/&lt;name&gt;/</c> and compared exactly. Set the environment variable
/// <c>OKXGEN_UPDATE_SNAPSHOTS=1</c> to rewrite them from the generator's output on purpose, then review the diff.
/// </summary>
internal static class Snapshots
{
    public static bool Updating => Environment.GetEnvironmentVariable("OKXGEN_UPDATE_SNAPSHOTS") == "1";

    // Snapshots hold a placeholder for the generator's version, so that a version bump does not rewrite them all.
    private const string VersionPlaceholder = "\"OkxGen.Generator\", \"{version}\"";

    private static readonly string s_versionArguments =
        $"\"OkxGen.Generator\", \"{typeof(OkxEndpointGenerator).Assembly.GetName().Version}\"";

    /// <summary>The expected files of a snapshot, by hint name, as copied next to the test assembly.</summary>
    public static IReadOnlyDictionary<string, string> Read(string snapshot)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Snapshots", snapshot);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (string path in Directory.GetFiles(directory))
            {
                files[Path.GetFileName(path)] = File.ReadAllText(path).Replace(VersionPlaceholder, s_versionArguments, StringComparison.Ordinal);
            }
        }

        return files;
    }

    /// <summary>Replaces a snapshot in the source tree (and next to the test assembly) with the generator's output.</summary>
    public static void Replace(string snapshot, IReadOnlyDictionary<string, string> files)
    {
        foreach (string root in new[] { SourceDirectory(), AppContext.BaseDirectory })
        {
            string directory = Path.Combine(root, "Snapshots", snapshot);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach ((string hintName, string text) in files)
            {
                File.WriteAllText(Path.Combine(directory, hintName), text.Replace(s_versionArguments, VersionPlaceholder, StringComparison.Ordinal));
            }
        }
    }

    private static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OkxGen.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "OkxGen.Generator.Tests");
            }
        }

        throw new InvalidOperationException("OkxGen.sln not found above " + AppContext.BaseDirectory);
    }
}
