using OkxGen.SourceGeneration.Model;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    // The WebSocket surface: an OkxWebSocketClient method per WebSocketOp, and the IOkxChannel implementation of an
    // [OkxChannel] type, its argument written by the same canonical writer as request bodies.
    internal static partial class Emitter
    {
        private const string WebSockets = "global::OkxGen.WebSockets";

        public static string WebSocketOperationHintName(EndpointSpec spec) =>
            spec.Declaration.HintName.Substring(0, spec.Declaration.HintName.Length - ".Okx.g.cs".Length) + ".OkxWebSocket.g.cs";

        public static string ChannelHintName(ChannelSpec spec) => spec.Declaration.HintName;

        public static string EmitWebSocketOperation(EndpointSpec spec)
        {
            ClientMethodSpec method = spec.ClientMethod!;
            var writer = new SourceWriter();
            TypeDeclarationSpec declaration = spec.Declaration;
            WriteFileStart(writer, $"from the WebSocketOp of {declaration.Name}: edit that declaration, not this file.", declaration.Namespace);
            string requestType = declaration.FullyQualifiedName;
            string responseType = ResponseTypeName(spec);
            string reader = spec.Response is null ? "global::OkxGen.OkxResponseReader.JsonElement" : $"{spec.Response.ReaderName}.Instance";
            string className = method.ClassName.Substring(0, method.ClassName.Length - "OkxClientExtensions".Length) + "OkxWebSocketExtensions";
            writer.WriteLine($"/// <summary>The WebSocket order operation of <see cref=\"{requestType}\"/> on <see cref=\"{WebSockets}.OkxWebSocketClient\"/>.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"{method.Accessibility} static class {className}");
            writer.WriteLine($"/// <summary>Sends <c>{spec.WebSocketOp}</c> on <c>/ws/v5/private</c>, the request written by its canonical writer as <c>args</c>, and reads each item of <c>data</c>.</summary>");
            writer.WriteLine("/// <param name=\"client\">The client whose private connection carries the operation.</param>");
            writer.WriteLine("/// <param name=\"request\">The request.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the wait; an operation already sent may still be executed.</param>");
            writer.WriteLine("/// <returns>OKX's answer; a non-zero <c>code</c> is a response, not an exception.</returns>");
            writer.WriteLine($"/// <exception cref=\"{WebSockets}.OkxOperationOutcomeUnknownException\">The connection dropped after the operation was sent; it is not sent again.</exception>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"public static global::System.Threading.Tasks.Task<global::OkxGen.OkxResponse<{responseType}>> {method.MethodName}(");
            writer.WriteLine($"    this {WebSockets}.OkxWebSocketClient client,");
            writer.WriteLine($"    {requestType} request,");
            writer.WriteLine("    global::System.Threading.CancellationToken cancellationToken = default)");
            writer.OpenBrace();
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(client);");
            writer.WriteLine($"return client.SendOperationAsync<{responseType}>(request, {Literal(spec.WebSocketOp!)}, {reader}, cancellationToken);");
            writer.CloseBrace();
            writer.CloseBrace();
            WriteFileEnd(writer, declaration.Namespace);
            return writer.ToString();
        }

        public static string EmitChannel(ChannelSpec spec)
        {
            var writer = new SourceWriter();
            TypeDeclarationSpec declaration = spec.Declaration;
            WriteFileStart(writer, $"from the [OkxChannel] declaration of {declaration.Name}: edit that declaration, not this file.", declaration.Namespace);
            foreach (ContainingTypeSpec container in declaration.ContainingTypes)
            {
                writer.OpenBlock($"partial {container.Keyword} {container.Name}");
            }

            string pushType = spec.Push.TypeName;
            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name} : {WebSockets}.IOkxChannel<{pushType}>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"string {WebSockets}.IOkxChannel.Channel => {Literal(spec.Channel)};");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"{WebSockets}.OkxWebSocketEndpoint {WebSockets}.IOkxChannel.Endpoint => {WebSockets}.OkxWebSocketEndpoint.{spec.Endpoint};");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.WriteLine($"global::OkxGen.OkxResponseReader<{pushType}> {WebSockets}.IOkxChannel<{pushType}>.PushReader => {spec.Push.ReaderName}.Instance;");
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"bool {WebSockets}.IOkxChannel.TryWriteArgument(global::System.Span<byte> destination, out int bytesWritten)");
            writer.WriteLine($"var writer = new {JsonWriter}(destination);");
            writer.WriteLine("OkxJson.Write(ref writer, this);");
            writer.WriteLine("return writer.TryComplete(out bytesWritten);");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock("private static class OkxJson");
            WriteChannelArgumentWriter(writer, spec);
            foreach (ObjectTypeSpec objectType in spec.ObjectTypes)
            {
                writer.WriteLine();
                WriteObjectWriter(writer, objectType);
            }

            writer.CloseBrace();
            writer.CloseBrace();
            foreach (ContainingTypeSpec _ in declaration.ContainingTypes)
            {
                writer.CloseBrace();
            }

            WriteFileEnd(writer, declaration.Namespace);
            return writer.ToString();
        }

        // The argument object: the "channel" key written in its sorted place among the members.
        private static void WriteChannelArgumentWriter(SourceWriter writer, ChannelSpec spec)
        {
            writer.OpenBlock($"public static void Write(ref {JsonWriter} writer, {spec.Root.FullyQualifiedName} value)");
            writer.WriteLine("writer.WriteStartObject();");
            bool channelWritten = false;
            foreach (MemberSpec member in spec.Root.Members)
            {
                if (!channelWritten && string.CompareOrdinal(member.EncodedName, "channel") > 0)
                {
                    WriteChannelKey(writer, spec);
                    channelWritten = true;
                }

                writer.WriteLine();
                WriteJsonMember(writer, member);
            }

            if (!channelWritten)
            {
                WriteChannelKey(writer, spec);
            }

            writer.WriteLine();
            writer.WriteLine("writer.WriteEndObject();");
            writer.CloseBrace();
        }

        private static void WriteChannelKey(SourceWriter writer, ChannelSpec spec)
        {
            writer.WriteLine();
            writer.WriteLine($"writer.WriteEncodedPropertyName({Utf8Literal("\"channel\":")});");
            writer.WriteLine($"writer.WriteEncodedValue({Utf8Literal(spec.EncodedChannel)});");
        }
    }
}
