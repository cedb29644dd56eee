using System;
using System.IO;

namespace OkxGen.Analyzers.Tests.TestSupport;

/// <summary>Files of the repository the tests run from, found by walking up to <c>OkxGen.sln</c>.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string RulesDirectory => Path.Combine(Root, "docs", "rules");

    public static string AnalyzersDirectory => Path.Combine(Root, "src", "OkxGen.Analyzers");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OkxGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OkxGen.sln above {AppContext.BaseDirectory}.");
    }
}
