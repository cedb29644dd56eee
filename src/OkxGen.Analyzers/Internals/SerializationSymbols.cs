using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OkxGen.Analyzers.Internals;

/// <summary>
/// The serializer, JSON document, HTTP content and dictionary types the signature rules look for, resolved once per
/// compilation, and the one place that decides what "a serializer call" is.
/// </summary>
internal sealed class SerializationSymbols
{
    private SerializationSymbols(Compilation compilation)
    {
        JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        JsonSerializerOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions");
        Utf8JsonWriter = compilation.GetTypeByMetadataName("System.Text.Json.Utf8JsonWriter");
        JsonWriterOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonWriterOptions");
        JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
        JsonValue = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonValue");
        JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
        JsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        Formatting = compilation.GetTypeByMetadataName("Newtonsoft.Json.Formatting");
        JToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
        JObject = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JObject");
        JProperty = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JProperty");
        JsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
        HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        StringContent = compilation.GetTypeByMetadataName("System.Net.Http.StringContent");
        ByteArrayContent = compilation.GetTypeByMetadataName("System.Net.Http.ByteArrayContent");
        Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
        SortedDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedDictionary`2");
        SortedList = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedList`2");
        Hashtable = compilation.GetTypeByMetadataName("System.Collections.Hashtable");
        ExpandoObject = compilation.GetTypeByMetadataName("System.Dynamic.ExpandoObject");
    }

    public INamedTypeSymbol? JsonSerializer { get; }

    public INamedTypeSymbol? JsonSerializerOptions { get; }

    public INamedTypeSymbol? Utf8JsonWriter { get; }

    public INamedTypeSymbol? JsonWriterOptions { get; }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? JsonValue { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonConvert { get; }

    public INamedTypeSymbol? Formatting { get; }

    public INamedTypeSymbol? JToken { get; }

    public INamedTypeSymbol? JObject { get; }

    public INamedTypeSymbol? JProperty { get; }

    public INamedTypeSymbol? JsonContent { get; }

    public INamedTypeSymbol? HttpClientJsonExtensions { get; }

    public INamedTypeSymbol? StringContent { get; }

    public INamedTypeSymbol? ByteArrayContent { get; }

    public INamedTypeSymbol? Dictionary { get; }

    public INamedTypeSymbol? SortedDictionary { get; }

    public INamedTypeSymbol? SortedList { get; }

    public INamedTypeSymbol? Hashtable { get; }

    public INamedTypeSymbol? ExpandoObject { get; }

    /// <summary>Whether the compilation has a reflection serializer or a JSON document type at all.</summary>
    public bool CanSerialize => JsonSerializer is not null || JsonConvert is not null || JToken is not null || JsonNode is not null;

    /// <summary>Resolves the types of <paramref name="compilation"/>; <see langword="null"/> when it can serialize nothing.</summary>
    public static SerializationSymbols? Create(Compilation compilation)
    {
        var symbols = new SerializationSymbols(compilation);
        return symbols.CanSerialize ? symbols : null;
    }

    /// <summary>
    /// A reflection serialization whose result is the text of its value: <c>JsonSerializer.Serialize*</c>,
    /// <c>JsonConvert.SerializeObject</c>, <c>JObject.FromObject</c> / <c>JToken.FromObject</c>.
    /// </summary>
    public bool IsSerializer(IMethodSymbol method)
    {
        INamedTypeSymbol type = method.ContainingType;
        return method.IsStatic && method.Name switch
        {
            "Serialize" or "SerializeToUtf8Bytes" or "SerializeAsync" or "SerializeToDocument" or "SerializeToElement" or "SerializeToNode" =>
                SymbolEqualityComparer.Default.Equals(type, JsonSerializer),
            "SerializeObject" => SymbolEqualityComparer.Default.Equals(type, JsonConvert),
            "FromObject" => SymbolEqualityComparer.Default.Equals(type, JObject) || SymbolEqualityComparer.Default.Equals(type, JToken),
            _ => false,
        };
    }

    /// <summary>An HTTP helper that serializes its value into the request content: <c>JsonContent.Create</c>, <c>PostAsJsonAsync</c>...</summary>
    public bool IsContentHelper(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        return method.Name switch
        {
            "Create" => SymbolEqualityComparer.Default.Equals(method.ContainingType, JsonContent),
            "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" => SymbolEqualityComparer.Default.Equals(method.ContainingType, HttpClientJsonExtensions),
            _ => false,
        };
    }

    /// <summary>The argument holding the object a serializer or content helper writes (parameter <c>value</c>, <c>inputValue</c> or <c>o</c>).</summary>
    public static IArgumentOperation? ValueArgument(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "value" or "inputValue" or "o")
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>A JSON document type that writes itself (<c>JToken</c>, <c>JsonNode</c> and what derives from them).</summary>
    public bool IsDocument(ITypeSymbol? type) => TypeFacts.DerivesFrom(type, JToken) || TypeFacts.DerivesFrom(type, JsonNode);
}
