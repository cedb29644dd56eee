namespace OkxGen.Analyzers;

/// <summary>Where each rule's documentation page lives: <c>docs/rules/OKXnnn.md</c> in the repository.</summary>
/// <remarks><see cref="RepositoryInfo.Url"/> is written at build time from the <c>RepositoryUrl</c> of Directory.Build.props.</remarks>
internal static class HelpLinks
{
    public const string RulesBaseUri = RepositoryInfo.Url + "/blob/main/docs/rules/";

    public static string For(string id) => $"{RulesBaseUri}{id}.md";
}
