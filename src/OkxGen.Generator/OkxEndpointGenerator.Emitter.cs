using System.Linq;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    /// <summary>Writes an endpoint's source file from its spec. Every decision is already in the spec; this only writes.</summary>
    internal static partial class Emitter
    {
        private const string Errors = "global::OkxGen.Serialization.OkxSerializationErrors";
        private const string RequestWriter = "global::OkxGen.Serialization.OkxRequestWriter";
        private const string QueryWriter = "global::OkxGen.Serialization.OkxQueryWriter";
        private const string JsonWriter = "global::OkxGen.Serialization.OkxJsonWriter";

        private static readonly string GeneratedCodeAttribute =
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"OkxGen.Generator\", \"{typeof(Emitter).Assembly.GetName().Version}\")]";

        public static string Emit(EndpointSpec spec)
        {
            var writer = new SourceWriter();
            TypeDeclarationSpec declaration = spec.Declaration;
            WriteFileStart(writer, $"from the [OkxEndpoint] declaration of {declaration.Name}: edit that declaration, not this file.", declaration.Namespace);

            foreach (ContainingTypeSpec container in declaration.ContainingTypes)
            {
                writer.OpenBlock($"partial {container.Keyword} {container.Name}");
            }

            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name} : global::OkxGen.IOkxRequest<{ResponseTypeName(spec)}>");
            WriteEndpointProperty(writer, spec);
            writer.WriteLine();
            WriteResponseReaderProperty(writer, spec);
            writer.WriteLine();
            if (spec.Shape == RequestShape.Query)
            {
                WriteQueryMethods(writer, spec);
                writer.WriteLine();
                WriteQuerySerializer(writer, spec);
            }
            else
            {
                WriteBodyMethods(writer, spec);
                writer.WriteLine();
                WriteJsonSerializer(writer, spec);
            }

            writer.CloseBrace();
            foreach (ContainingTypeSpec _ in declaration.ContainingTypes)
            {
                writer.CloseBrace();
            }

            if (spec.ClientMethod is not null)
            {
                writer.WriteLine();
                WriteClientExtension(writer, spec, spec.ClientMethod);
            }

            WriteFileEnd(writer, declaration.Namespace);
            return writer.ToString();
        }

        /// <summary>Writes the class holding an enum's wire values, shared by every endpoint that writes the enum.</summary>
        public static string EmitEnumWireValues(EnumTypeSpec spec)
        {
            var writer = new SourceWriter();
            HelperTypeSpec helper = spec.WireValues;
            WriteFileStart(writer, $"with the OKX wire values of {spec.FullyQualifiedName}: edit that enum, not this file.", helper.Namespace);
            writer.WriteLine($"/// <summary>The OKX wire values of <see cref=\"{spec.FullyQualifiedName}\"/>, encoded for JSON bodies and for query strings.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"internal static class {helper.Name}");
            WriteWireValueSwitch(writer, spec, "Json", "as a JSON string, quotes included", static member => $"\"{member.JsonValue}\"");
            writer.WriteLine();
            WriteWireValueSwitch(writer, spec, "Query", "percent-encoded for a query string", static member => member.QueryValue);
            writer.CloseBrace();
            WriteFileEnd(writer, helper.Namespace);
            return writer.ToString();
        }

        private static void WriteWireValueSwitch(SourceWriter writer, EnumTypeSpec spec, string methodName, string form, System.Func<EnumWireValueSpec, string> wireValue)
        {
            writer.WriteLine($"/// <summary>Gets the wire value of <paramref name=\"value\"/> {form}.</summary>");
            writer.WriteLine("/// <param name=\"value\">The value.</param>");
            writer.WriteLine("/// <param name=\"memberName\">The member the value comes from, named in the exception for a value the enum does not define.</param>");
            writer.WriteLine($"public static global::System.ReadOnlySpan<byte> {methodName}({spec.FullyQualifiedName} value, string memberName) => value switch");
            writer.OpenBrace();
            foreach (EnumWireValueSpec member in spec.Members)
            {
                writer.WriteLine($"{spec.FullyQualifiedName}.{member.Name} => {Utf8Literal(wireValue(member))},");
            }

            writer.WriteLine($"_ => throw {Errors}.UndefinedEnumValue(memberName, value),");
            writer.CloseBrace();
            writer.LastLineEndsWith(";");
        }

        // Every generated file: obsolete members (which users mark when OKX deprecates a parameter) are used without a warning.
        private static void WriteFileStart(SourceWriter writer, string origin, string? namespaceName)
        {
            writer.WriteLine("// <auto-generated/>");
            writer.WriteLine($"// Written by OkxGen.Generator {origin}");
            writer.WriteLine("#nullable enable");
            writer.WriteLine("#pragma warning disable CS0612, CS0618");
            writer.WriteLine();
            if (namespaceName is not null)
            {
                writer.OpenBlock($"namespace {namespaceName}");
            }
        }

        private static void WriteFileEnd(SourceWriter writer, string? namespaceName)
        {
            if (namespaceName is not null)
            {
                writer.CloseBrace();
            }
        }

        // "new " when the member hides the one generated for an endpoint base type.
        private static string New(EndpointSpec spec, string member) => spec.HiddenMembers.Contains(member) ? "new " : "";

        private static void WriteEndpointProperty(SourceWriter writer, EndpointSpec spec)
        {
            string signed = spec.IsSigned ? "true" : "false";
            writer.WriteLine($"/// <summary>Gets the endpoint this request is sent to: <c>{spec.Method} {spec.Path}</c>.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            string acceptsExpTime = spec.AcceptsExpTime ? ", acceptsExpTime: true" : "";
            string rateLimit = spec.RateLimit is { } limit
                ? $", rateLimit: new global::OkxGen.OkxRateLimit({limit.Limit}, global::System.TimeSpan.FromSeconds({limit.WindowSeconds}), global::OkxGen.OkxRateLimitRule.{limit.Rule})"
                : "";
            string idempotent = spec.Idempotent ? " { IsIdempotent = true }" : "";
            writer.WriteLine($"public static {New(spec, "Endpoint")}global::OkxGen.OkxEndpointInfo Endpoint {{ get; }} = new global::OkxGen.OkxEndpointInfo({Literal(spec.Method)}, {Literal(spec.Path)}, isSigned: {signed}{acceptsExpTime}{rateLimit}){idempotent};");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine("global::OkxGen.OkxEndpointInfo global::OkxGen.IOkxRequest.Endpoint => Endpoint;");
            if (spec.RateLimit?.KeyPropertyName is { } key)
            {
                writer.WriteLine();
                writer.WriteLine(GeneratedCodeAttribute);
                writer.WriteLine($"string? global::OkxGen.IOkxRequest.RateLimitKey => this.{key};");
            }
        }

        private static void WriteResponseReaderProperty(SourceWriter writer, EndpointSpec spec)
        {
            string reader = spec.Response is null ? "global::OkxGen.OkxResponseReader.JsonElement" : $"{spec.Response.ReaderName}.Instance";
            string responseType = ResponseTypeName(spec);
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"global::OkxGen.OkxResponseReader<{responseType}> global::OkxGen.IOkxRequest<{responseType}>.ResponseReader => {reader};");
        }

        private static void WriteClientExtension(SourceWriter writer, EndpointSpec spec, ClientMethodSpec method)
        {
            string requestType = spec.Declaration.FullyQualifiedName;
            string responseType = ResponseTypeName(spec);
            string itemDescription = spec.Response is null ? "raw JSON" : $"<see cref=\"{responseType}\"/>";
            writer.WriteLine($"/// <summary>The typed call of <see cref=\"{requestType}\"/> on <see cref=\"global::OkxGen.OkxClient\"/>.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"{method.Accessibility} static class {method.ClassName}");
            writer.WriteLine($"/// <summary>Sends <c>{spec.Method} {spec.Path}</c>, signed over the canonical bytes that are sent, and reads each item of <c>data</c> as {itemDescription}.</summary>");
            writer.WriteLine("/// <param name=\"client\">The client that signs and sends the request.</param>");
            writer.WriteLine("/// <param name=\"request\">The request.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            writer.WriteLine("/// <returns>The response; a non-zero <c>code</c> is a response, not an exception.</returns>");
            writer.WriteLine($"public static global::System.Threading.Tasks.Task<global::OkxGen.OkxResponse<{responseType}>> {method.MethodName}(");
            writer.WriteLine("    this global::OkxGen.OkxClient client,");
            writer.WriteLine($"    {requestType} request,");
            writer.WriteLine("    global::System.Threading.CancellationToken cancellationToken = default)");
            writer.OpenBrace();
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(client);");
            writer.WriteLine($"return client.SendAsync<{responseType}>(request, cancellationToken);");
            writer.CloseBrace();
            writer.CloseBrace();
        }

        private static string ResponseTypeName(EndpointSpec spec) => spec.Response?.TypeName ?? "global::System.Text.Json.JsonElement";

        private static void WriteBodyMethods(SourceWriter writer, EndpointSpec spec)
        {
            writer.WriteLine("/// <summary>Writes the canonical JSON body: keys sorted at every level, no whitespace, invariant numbers.</summary>");
            writer.WriteLine("/// <param name=\"destination\">The buffer to write UTF-8 into.</param>");
            writer.WriteLine("/// <param name=\"bytesWritten\">The number of bytes written, or 0 when the buffer is too small.</param>");
            writer.WriteLine("/// <returns><see langword=\"false\"/> when <paramref name=\"destination\"/> is too small; nothing is thrown then.</returns>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"public {New(spec, "TryWriteBody")}bool TryWriteBody(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine($"var writer = new {JsonWriter}(destination);");
            writer.WriteLine("OkxJson.Write(ref writer, this);");
            writer.WriteLine("return writer.TryComplete(out bytesWritten);");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine("/// <summary>Writes the canonical JSON body into <paramref name=\"writer\"/>.</summary>");
            writer.WriteLine("/// <param name=\"writer\">The buffer writer to write UTF-8 into.</param>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"public {New(spec, "WriteBody")}void WriteBody(global::System.Buffers.IBufferWriter<byte> writer) => {RequestWriter}.WriteBody(this, writer);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Returns the canonical JSON body, for logging and debugging.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"public {New(spec, "ToJson")}string ToJson() => {RequestWriter}.GetBody(this);");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock("bool global::OkxGen.IOkxRequest.TryWriteRequestPath(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine($"var writer = new {QueryWriter}(destination);");
            writer.WriteLine($"writer.WritePath({Utf8Literal(spec.Path)});");
            writer.WriteLine("return writer.TryComplete(out bytesWritten);");
            writer.CloseBrace();
        }

        private static void WriteQueryMethods(SourceWriter writer, EndpointSpec spec)
        {
            writer.WriteLine("/// <summary>Writes the query string as it is signed and sent: <c>?k=v&amp;...</c> with keys sorted, or nothing when no member is set.</summary>");
            writer.WriteLine("/// <param name=\"destination\">The buffer to write UTF-8 into.</param>");
            writer.WriteLine("/// <param name=\"bytesWritten\">The number of bytes written, or 0 when the buffer is too small.</param>");
            writer.WriteLine("/// <returns><see langword=\"false\"/> when <paramref name=\"destination\"/> is too small; nothing is thrown then.</returns>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"public {New(spec, "TryWriteQuery")}bool TryWriteQuery(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine($"var writer = new {QueryWriter}(destination);");
            writer.WriteLine("OkxQuery.Write(ref writer, this);");
            writer.WriteLine("return writer.TryComplete(out bytesWritten);");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine("/// <summary>Returns the query string as it is signed and sent: <c>\"\"</c> or <c>\"?k=v&amp;...\"</c>.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"public {New(spec, "ToQueryString")}string ToQueryString() => {RequestWriter}.GetQueryString(this);");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock("bool global::OkxGen.IOkxRequest.TryWriteRequestPath(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine($"var writer = new {QueryWriter}(destination);");
            writer.WriteLine($"writer.WritePath({Utf8Literal(spec.Path)});");
            writer.WriteLine("OkxQuery.Write(ref writer, this);");
            writer.WriteLine("return writer.TryComplete(out bytesWritten);");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock("bool global::OkxGen.IOkxRequest.TryWriteBody(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine("bytesWritten = 0;");
            writer.WriteLine("return true;");
            writer.CloseBrace();
        }

        // Loop variables by list depth: i, j, k, then index3, index4...
        private static string IndexName(int depth) => depth switch
        {
            0 => "i",
            1 => "j",
            2 => "k",
            _ => $"index{depth}",
        };

        private static string ItemName(int depth) => depth == 0 ? "item" : $"item{depth + 1}";

        private static string ElementExpression(string list, ValueSpec element, string displayName, string index) =>
            element.IsReferenceType
                ? $"{list}[{index}] ?? throw {Errors}.NullListElement({Literal(displayName)}, {index})"
                : $"{list}[{index}]";

        private static string Literal(string text) => SyntaxLiterals.String(text);

        private static string Utf8Literal(string text) => SyntaxLiterals.String(text) + "u8";
    }
}
