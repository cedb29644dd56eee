using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Rules;

public sealed partial class UnsortedKeysAnalyzer
{
    /// <summary>The serializer and container types, resolved once; a compilation with no serializer is not analysed.</summary>
    private sealed class Symbols
    {
        private Symbols(Compilation compilation)
        {
            JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            JsonSerializerOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions");
            JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
            JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
            JsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
            Formatting = compilation.GetTypeByMetadataName("Newtonsoft.Json.Formatting");
            JToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
            JObject = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JObject");
            JProperty = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JProperty");
            Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
            SortedDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedDictionary`2");
            SortedList = compilation.GetTypeByMetadataName("System.Collections.Generic.SortedList`2");
            Hashtable = compilation.GetTypeByMetadataName("System.Collections.Hashtable");
            ExpandoObject = compilation.GetTypeByMetadataName("System.Dynamic.ExpandoObject");
        }

        public INamedTypeSymbol? JsonSerializer { get; }

        public INamedTypeSymbol? JsonSerializerOptions { get; }

        public INamedTypeSymbol? JsonNode { get; }

        public INamedTypeSymbol? JsonObject { get; }

        public INamedTypeSymbol? JsonConvert { get; }

        public INamedTypeSymbol? Formatting { get; }

        public INamedTypeSymbol? JToken { get; }

        public INamedTypeSymbol? JObject { get; }

        public INamedTypeSymbol? JProperty { get; }

        public INamedTypeSymbol? Dictionary { get; }

        public INamedTypeSymbol? SortedDictionary { get; }

        public INamedTypeSymbol? SortedList { get; }

        public INamedTypeSymbol? Hashtable { get; }

        public INamedTypeSymbol? ExpandoObject { get; }

        public static Symbols? Create(Compilation compilation)
        {
            var symbols = new Symbols(compilation);
            return symbols.JsonSerializer is null && symbols.JsonConvert is null && symbols.JToken is null && symbols.JsonNode is null ? null : symbols;
        }
    }
}
