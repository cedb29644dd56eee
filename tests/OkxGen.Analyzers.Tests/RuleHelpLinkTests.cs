using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OkxGen.Analyzers.Rules;
using OkxGen.Analyzers.Tests.TestSupport;

namespace OkxGen.Analyzers.Tests;

/// <summary>
/// Every diagnostic an analyzer in OkxGen.Analyzers can report has a description, a help link to its page under
/// <c>docs/rules/</c>, that page, a row in the rules index, and a line in the release tracking files.
/// </summary>
public sealed partial class RuleHelpLinkTests
{
    // The one place the repository URL is set: Directory.Build.props, from which the build writes RepositoryInfo.Url.
    private static readonly string RulesBaseUri =
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value
        + "/blob/main/docs/rules/";

    private static readonly string[] ReleaseTrackingFiles = ["AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md"];

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = typeof(EndpointDeclarationAnalyzer).Assembly
        .GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .ToImmutableArray();

    public static TheoryData<string> RuleIds => [.. Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Analyzers_ReportAtLeastOneRule() => Assert.NotEmpty(Descriptors);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_HelpLinkPointsAtRulePage(string id)
    {
        foreach (DiagnosticDescriptor descriptor in DescriptorsFor(id))
        {
            Assert.StartsWith(RulesBaseUri, descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Equal($"{RulesBaseUri}{id}.md", descriptor.HelpLinkUri);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePage_Exists(string id) =>
        Assert.True(File.Exists(RulePage(id)), $"{id} has no page at docs/rules/{id}.md.");

    [Fact]
    public void HelpLinks_ComeFromTheBuildsRepositoryUrl() => Assert.Equal(HelpLinks.RulesBaseUri, RulesBaseUri);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePage_TitleLineMatchesDescriptor(string id)
    {
        string firstLine = File.ReadLines(RulePage(id)).First();
        foreach (DiagnosticDescriptor descriptor in DescriptorsFor(id))
        {
            string expected = HasOwnAnalyzer(id) ? $"# {id} {RuleName(id)}: {descriptor.Title}" : $"# {id}: {descriptor.Title}";
            Assert.Equal(expected, firstLine);
        }
    }

    // One name per rule: the DiagnosticIds constant names the descriptor, the analyzer, the fix and the tests.
    [Theory]
    [MemberData(nameof(SignatureRuleIds))]
    public void SignatureRule_HasOneName(string id)
    {
        string name = RuleName(id);
        Assert.Contains(DescriptorsFor(id), descriptor => typeof(DiagnosticDescriptors).GetField(name) is { } field && field.GetValue(null) == descriptor);
        Type? analyzer = typeof(EndpointDeclarationAnalyzer).Assembly.GetType($"OkxGen.Analyzers.Rules.{name}Analyzer");
        Assert.True(analyzer is not null, $"{id} ({name}) has no analyzer {name}Analyzer.");
        Assert.Contains(((DiagnosticAnalyzer)Activator.CreateInstance(analyzer)!).SupportedDiagnostics, descriptor => descriptor.Id == id);
        Assert.True(typeof(RuleHelpLinkTests).Assembly.GetType($"OkxGen.Analyzers.Tests.Rules.{name}AnalyzerTests") is not null, $"{id} has no {name}AnalyzerTests.");
        foreach (Type type in typeof(OkxGen.CodeFixes.EndpointTypeMustBePartialCodeFixProvider).Assembly.GetTypes()
            .Where(type => typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract))
        {
            var provider = (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(type)!;
            if (provider.FixableDiagnosticIds.Contains(id))
            {
                Assert.Equal($"{name}CodeFixProvider", type.Name);
            }
        }
    }

    public static TheoryData<string> SignatureRuleIds => [.. Descriptors.Select(d => d.Id).Distinct().Where(HasOwnAnalyzer).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesIndex_LinksRulePage(string id) =>
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(Path.Combine(RepositoryPaths.RulesDirectory, "README.md")), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_HasTitleMessageAndDescription(string id)
    {
        foreach (DiagnosticDescriptor descriptor in DescriptorsFor(id))
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)), $"{id} has no title.");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)), $"{id} has no message.");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)), $"{id} has no description.");
            Assert.True(descriptor.IsEnabledByDefault, $"{id} is disabled by default.");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DescriptorsSharingAnId_AgreeOnEverythingButTheMessage(string id)
    {
        DiagnosticDescriptor first = DescriptorsFor(id)[0];
        foreach (DiagnosticDescriptor descriptor in DescriptorsFor(id))
        {
            Assert.Equal(first.Title.ToString(CultureInfo.InvariantCulture), descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(first.Category, descriptor.Category);
            Assert.Equal(first.DefaultSeverity, descriptor.DefaultSeverity);
            Assert.Equal(first.HelpLinkUri, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void DiagnosticIds_EachHasDescriptor()
    {
        string[] declared = typeof(DiagnosticIds)
            .GetFields()
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(declared, Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReleaseTracking_ListsExactlyTheSupportedRules()
    {
        IEnumerable<string> tracked = ReleaseTrackingFiles
            .SelectMany(file => File.ReadLines(Path.Combine(RepositoryPaths.AnalyzersDirectory, file)))
            .Select(line => RuleRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["id"].Value);
        Assert.Equal(
            Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal),
            tracked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RulesDirectory_HasNoPageForAnUnknownRule()
    {
        string[] pages = Directory.GetFiles(RepositoryPaths.RulesDirectory, "OKX*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal), pages);
    }

    // The signature rules (OKX010-OKX019 and OKX040-OKX049) each have an analyzer of their own, named for the rule.
    private static bool HasOwnAnalyzer(string id) => id.StartsWith("OKX01", StringComparison.Ordinal) || id.StartsWith("OKX04", StringComparison.Ordinal);

    private static string RuleName(string id) =>
        typeof(DiagnosticIds).GetFields().Single(field => field.IsLiteral && (string)field.GetRawConstantValue()! == id).Name;

    private static DiagnosticDescriptor[] DescriptorsFor(string id) => Descriptors.Where(d => d.Id == id).ToArray();

    private static string RulePage(string id) => Path.Combine(RepositoryPaths.RulesDirectory, $"{id}.md");

    // A table row of a release tracking file: "OKX001 | Usage | Error | ...".
    [GeneratedRegex(@"^\s*(?<id>OKX\d{3})\s*\|")]
    private static partial Regex RuleRow();
}
