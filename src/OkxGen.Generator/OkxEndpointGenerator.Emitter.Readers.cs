using System.Collections.Generic;
using System.Linq;
using OkxGen.SourceGeneration.Model;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    // The response readers: one class per object type and per enum type named, directly or not, by a Response.
    internal static partial class Emitter
    {
        private const string Values = "global::OkxGen.Serialization.OkxJsonValueReader";
        private const string JsonReader = "global::System.Text.Json.Utf8JsonReader";

        public static string EmitObjectReader(ReadableObjectSpec spec)
        {
            var writer = new SourceWriter();
            HelperTypeSpec reader = spec.Reader;
            WriteReaderFileStart(writer, spec.DisplayName, reader);
            writer.WriteLine($"/// <summary>Reads <see cref=\"{spec.TypeName}\"/> from OKX's JSON, without reflection.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"internal sealed class {reader.Name} : global::OkxGen.OkxResponseReader<{spec.TypeName}>");
            writer.WriteLine("/// <summary>Gets the reader.</summary>");
            writer.WriteLine($"public static {reader.Name} Instance {{ get; }} = new();");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            writer.WriteLine($"public override {spec.TypeName} ReadItem(ref {JsonReader} reader) => Read(ref reader);");
            if (spec.HasItemStatus)
            {
                writer.WriteLine();
                writer.WriteLine("/// <inheritdoc/>");
                writer.OpenBlock($"public override bool TryGetItemError({spec.TypeName} item, out string code, out string message)");
                writer.WriteLine("code = item.SCode ?? \"\";");
                writer.WriteLine("message = item.SMsg ?? \"\";");
                writer.WriteLine("return code.Length > 0 && code != \"0\";");
                writer.CloseBrace();
            }

            writer.WriteLine();
            WriteReadObjectMethod(writer, spec);
            foreach (ReadableMemberSpec member in spec.Members.Where(m => m.Value.Kind == ValueKind.List))
            {
                WriteReadListMethods(writer, member, member.Value, ListMethodName(member, 0), depth: 0);
            }

            writer.CloseBrace();
            WriteReaderFileEnd(writer, reader);
            return writer.ToString();
        }

        public static string EmitEnumReader(ReadableEnumSpec spec)
        {
            var writer = new SourceWriter();
            HelperTypeSpec reader = spec.Reader;
            WriteReaderFileStart(writer, spec.DisplayName, reader);
            writer.WriteLine($"/// <summary>Reads <see cref=\"{spec.TypeName}\"/> from its OKX wire values.</summary>");
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"internal static class {reader.Name}");
            writer.WriteLine("/// <summary>Reads a value; <see langword=\"null\"/> when it is absent or not a wire value of the enum (an object or an array is passed over whole).</summary>");
            writer.OpenBlock($"public static {spec.TypeName}? ReadOrNull(ref {JsonReader} reader)");
            writer.OpenBlock("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)");
            writer.WriteLine("reader.Skip();");
            writer.WriteLine("return null;");
            writer.CloseBrace();
            writer.WriteLine();
            WriteTextSwitch(
                writer,
                "value",
                spec.Members.Select(member => (member.WireValue, new[] { $"return {spec.TypeName}.{member.Name};" })),
                otherwise: "return null;");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads a value; <see langword=\"null\"/> when it is absent, an error naming the member when it is not a wire value of the enum.</summary>");
            writer.OpenBlock($"public static {spec.TypeName}? Read(ref {JsonReader} reader, string memberName)");
            writer.OpenBlock($"if ({Values}.IsAbsent(ref reader))");
            writer.WriteLine("return null;");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine("return reader.TokenType == global::System.Text.Json.JsonTokenType.String && ReadOrNull(ref reader) is { } value");
            writer.WriteLine("    ? value");
            writer.WriteLine($"    : throw {Values}.UnknownEnumValue(ref reader, memberName, {Literal(spec.DisplayName)});");
            writer.CloseBrace();
            writer.CloseBrace();
            WriteReaderFileEnd(writer, reader);
            return writer.ToString();
        }

        private static void WriteReadObjectMethod(SourceWriter writer, ReadableObjectSpec spec)
        {
            writer.WriteLine("/// <summary>Reads one object; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>");
            writer.OpenBlock($"public static {spec.TypeName} Read(ref {JsonReader} reader)");
            writer.WriteLine($"{Values}.ReadStartObject(ref reader, {Literal(spec.DisplayName)});");
            foreach (ReadableMemberSpec member in spec.Members)
            {
                writer.WriteLine($"{LocalType(member.Value)} {member.LocalName} = null;");
            }

            writer.OpenBlock($"while ({Values}.TryReadPropertyName(ref reader))");
            if (spec.Members.Count == 0)
            {
                writer.WriteLine("reader.Skip();");
            }
            else
            {
                WritePropertySwitch(writer, spec);
            }

            writer.CloseBrace();
            writer.WriteLine();
            WriteConstruction(writer, spec);
            writer.CloseBrace();
        }

        private static void WritePropertySwitch(SourceWriter writer, ReadableObjectSpec spec) =>
            WriteTextSwitch(
                writer,
                "propertyName",
                spec.Members.Select(member => (member.WireName, new[]
                {
                    "reader.Read();",
                    $"{member.LocalName} = {ReadExpression(member.Value, member.DisplayName, ListMethodName(member, 0))};",
                    "continue;",
                })),
                otherwise: "reader.Skip();");

        private static void WriteConstruction(SourceWriter writer, ReadableObjectSpec spec)
        {
            var arguments = new string[spec.ConstructorArity];
            var initializers = new List<string>();
            foreach (ReadableMemberSpec member in spec.Members)
            {
                string value = FinalValue(member.LocalName, member.Value);
                if (member.ConstructorParameter >= 0)
                {
                    arguments[member.ConstructorParameter] = value;
                }
                else
                {
                    initializers.Add($"{member.PropertyName} = {value},");
                }
            }

            string construction = $"return new {spec.TypeName}({string.Join(", ", arguments)})";
            if (initializers.Count == 0)
            {
                writer.WriteLine(construction + ";");
                return;
            }

            writer.WriteLine(construction);
            writer.OpenBrace();
            foreach (string initializer in initializers)
            {
                writer.WriteLine(initializer);
            }

            writer.CloseBrace();
            writer.LastLineEndsWith(";");
        }

        // A list is read by a method of its own, and a list of lists by one more per level.
        private static void WriteReadListMethods(SourceWriter writer, ReadableMemberSpec member, ReadableValueSpec list, string methodName, int depth)
        {
            ReadableValueSpec element = list.Element!;
            string elementType = DeclaredType(element);
            writer.WriteLine();
            writer.OpenBlock($"private static global::System.Collections.Generic.List<{elementType}>? {methodName}(ref {JsonReader} reader)");
            writer.OpenBlock($"if (!{Values}.ReadStartArray(ref reader, {Literal(member.DisplayName)}))");
            writer.WriteLine("return null;");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine($"var list = new global::System.Collections.Generic.List<{elementType}>();");
            writer.OpenBlock($"while ({Values}.TryReadArrayItem(ref reader))");
            string elementExpression = ReadExpression(element, member.DisplayName, ListMethodName(member, depth + 1));
            writer.WriteLine($"list.Add({FinalValue(elementExpression, element)});");
            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine("return list;");
            writer.CloseBrace();
            if (element.Kind == ValueKind.List)
            {
                WriteReadListMethods(writer, member, element, ListMethodName(member, depth + 1), depth + 1);
            }
        }

        // An expression of the value's type made nullable: null when the JSON holds null or "".
        private static string ReadExpression(ReadableValueSpec value, string displayName, string listMethodName) => value.Kind switch
        {
            ValueKind.String => $"{Values}.ReadString(ref reader, {Literal(displayName)})",
            ValueKind.Decimal => $"{Values}.ReadDecimal(ref reader, {Literal(displayName)})",
            ValueKind.Int32 => $"{Values}.ReadInt32(ref reader, {Literal(displayName)})",
            ValueKind.Int64 => $"{Values}.ReadInt64(ref reader, {Literal(displayName)})",
            ValueKind.Boolean => $"{Values}.ReadBoolean(ref reader, {Literal(displayName)})",
            ValueKind.UnixMilliseconds => $"{Values}.ReadUnixMilliseconds(ref reader, {Literal(displayName)})",
            ValueKind.Enum when value.IsNullable => $"{value.ReaderName}.ReadOrNull(ref reader)",
            ValueKind.Enum => $"{value.ReaderName}.Read(ref reader, {Literal(displayName)})",
            ValueKind.Object => $"({Values}.IsAbsent(ref reader) ? ({value.TypeName}?)null : {value.ReaderName}.Read(ref reader))",
            _ when value.IsArray => $"{listMethodName}(ref reader)?.ToArray()",
            _ => $"{listMethodName}(ref reader)",
        };

        // The value as the member's declared type: absent values become default, "" or an empty list unless nullable.
        private static string FinalValue(string expression, ReadableValueSpec value)
        {
            if (value.IsNullable)
            {
                return expression;
            }

            return value.Kind switch
            {
                _ when value.IsValueType => $"{expression}.GetValueOrDefault()",
                ValueKind.String => $"{expression} ?? \"\"",
                ValueKind.List when value.IsArray => $"{expression} ?? global::System.Array.Empty<{DeclaredType(value.Element!)}>()",
                ValueKind.List => $"{expression} ?? new global::System.Collections.Generic.List<{DeclaredType(value.Element!)}>()",
                _ => $"{expression}!",
            };
        }

        private static string LocalType(ReadableValueSpec value) => value.TypeName + "?";

        private static string DeclaredType(ReadableValueSpec value) => value.IsNullable ? value.TypeName + "?" : value.TypeName;

        private static string ListMethodName(ReadableMemberSpec member, int depth) =>
            depth == 0 ? $"Read{member.PropertyName}" : $"Read{member.PropertyName}Items{depth}";

        private static void WriteReaderFileStart(SourceWriter writer, string typeName, HelperTypeSpec reader) =>
            WriteFileStart(writer, $"to read {typeName}, an OKX response type: edit that type, not this file.", reader.Namespace);

        private static void WriteReaderFileEnd(SourceWriter writer, HelperTypeSpec reader) => WriteFileEnd(writer, reader.Namespace);
    }
}
