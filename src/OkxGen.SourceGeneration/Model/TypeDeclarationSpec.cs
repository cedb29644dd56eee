namespace OkxGen.SourceGeneration.Model;

/// <summary>How to re-declare a partial type: its namespace, its containing types and its own keyword and name.</summary>
/// <param name="Namespace">The namespace, or <see langword="null"/> for the global namespace.</param>
/// <param name="ContainingTypes">The containing types, outermost first.</param>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
/// <param name="Name">The name as declared, with its type parameters (<c>Request&lt;T&gt;</c>).</param>
/// <param name="FullyQualifiedName">The <c>global::</c> name used in generated code.</param>
/// <param name="HintName">The generated file's name.</param>
internal sealed record TypeDeclarationSpec(
    string? Namespace,
    ImmutableEquatableArray<ContainingTypeSpec> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName,
    string HintName);

/// <summary>A type that contains the endpoint type and is re-declared partial around it.</summary>
/// <param name="Keyword">The declaration keyword.</param>
/// <param name="Name">The name as declared, with its type parameters.</param>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
