namespace OkxGen.Analyzers;

/// <summary>Where each rule's documentation page lives: <c>docs/rules/OKXnnn.md</c> in the repository.</summary>
internal static class HelpLinks
{
    public const string RulesBaseUri = "https://github.com/okxgen/okxgen/blob/main/docs/rules/";

    public static string For(string id) => $"{RulesBaseUri}{id}.md";
}
