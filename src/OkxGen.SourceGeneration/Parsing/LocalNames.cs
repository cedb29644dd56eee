using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>Chooses the local variable that holds a member's value in a generated writer.</summary>
internal static class LocalNames
{
    /// <summary>
    /// The camelCase property name, unless it is a keyword or a name the writer itself uses (<c>writer</c>,
    /// <c>value</c>, loop indices, list items), in which case <c>Value</c> is appended; a number is
    /// appended when two properties would share a name.
    /// </summary>
    public static string For(string propertyName, HashSet<string> taken)
    {
        string name = WireNames.ToCamelCase(propertyName);
        if (IsReserved(name))
        {
            name += "Value";
        }

        string unique = name;
        for (int suffix = 2; !taken.Add(unique); suffix++)
        {
            unique = name + suffix;
        }

        return unique;
    }

    private static bool IsReserved(string name) =>
        name is "writer" or "value" or "memberName" ||
        name.Length == 1 ||
        IsNumbered(name, "item") ||
        IsNumbered(name, "index") ||
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ||
        SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

    // "item", "item2", "index7": the names generated loops use.
    private static bool IsNumbered(string name, string prefix)
    {
        if (!name.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = prefix.Length; i < name.Length; i++)
        {
            if (!char.IsDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }
}
