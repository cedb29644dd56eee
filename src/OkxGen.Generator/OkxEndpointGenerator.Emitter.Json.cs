using OkxGen.SourceGeneration.Model;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    // The nested OkxJson class of a POST endpoint: one Write method per object type.
    internal static partial class Emitter
    {
        private static void WriteJsonSerializer(SourceWriter writer, EndpointSpec spec)
        {
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"private static {New(spec, "OkxJson")}class OkxJson");
            if (spec.Shape == RequestShape.ArrayBody)
            {
                WriteArrayBodyWriter(writer, spec.Root);
            }
            else
            {
                WriteObjectWriter(writer, spec.Root);
            }

            foreach (ObjectTypeSpec objectType in spec.ObjectTypes)
            {
                writer.WriteLine();
                WriteObjectWriter(writer, objectType);
            }

            writer.CloseBrace();
        }

        private static void WriteObjectWriter(SourceWriter writer, ObjectTypeSpec objectType)
        {
            writer.OpenBlock($"public static void Write(ref {JsonWriter} writer, {objectType.FullyQualifiedName} value)");
            writer.WriteLine("writer.WriteStartObject();");
            foreach (MemberSpec member in objectType.Members)
            {
                writer.WriteLine();
                WriteJsonMember(writer, member);
            }

            writer.WriteLine();
            writer.WriteLine("writer.WriteEndObject();");
            writer.CloseBrace();
        }

        // The body of an [OkxBody] endpoint is its one list member, written as the whole JSON array.
        private static void WriteArrayBodyWriter(SourceWriter writer, ObjectTypeSpec root)
        {
            MemberSpec body = root.Members[0];
            writer.OpenBlock($"public static void Write(ref {JsonWriter} writer, {root.FullyQualifiedName} value)");
            writer.WriteLine($"var {body.LocalName} = value.{body.PropertyName} ?? throw {Errors}.RequiredMemberIsNull({Literal(body.DisplayName)});");
            WriteJsonValue(writer, body.LocalName, body.Value, body.DisplayName, depth: 0);
            writer.CloseBrace();
        }

        private static void WriteJsonMember(SourceWriter writer, MemberSpec member)
        {
            string property = $"value.{member.PropertyName}";
            string name = $"writer.WriteEncodedPropertyName({Utf8Literal($"\"{member.EncodedName}\":")});";
            switch (member.Nulls)
            {
                case NullHandling.Omit:
                    writer.OpenBlock($"if ({property} is {{ }} {member.LocalName})");
                    writer.WriteLine(name);
                    WriteJsonValue(writer, member.LocalName, member.Value, member.DisplayName, depth: 0);
                    writer.CloseBrace();
                    break;
                case NullHandling.Throw:
                    writer.WriteLine($"var {member.LocalName} = {property} ?? throw {Errors}.RequiredMemberIsNull({Literal(member.DisplayName)});");
                    writer.WriteLine(name);
                    WriteJsonValue(writer, member.LocalName, member.Value, member.DisplayName, depth: 0);
                    break;
                default:
                    writer.WriteLine(name);
                    WriteJsonValue(writer, property, member.Value, member.DisplayName, depth: 0);
                    break;
            }
        }

        private static void WriteJsonValue(SourceWriter writer, string expression, ValueSpec value, string displayName, int depth)
        {
            switch (value.Kind)
            {
                case ValueKind.String:
                    writer.WriteLine($"writer.WriteStringValue({expression}, {Literal(displayName)});");
                    break;
                case ValueKind.Decimal or ValueKind.Int32 or ValueKind.Int64 or ValueKind.UInt64:
                    writer.WriteLine($"writer.WriteNumberAsString({expression});");
                    break;
                case ValueKind.UnixMilliseconds:
                    writer.WriteLine($"writer.WriteUnixMillisecondsAsString({expression});");
                    break;
                case ValueKind.Boolean:
                    writer.WriteLine($"writer.WriteBooleanValue({expression});");
                    break;
                case ValueKind.Enum:
                    writer.WriteLine($"writer.WriteEncodedValue({value.WireValuesName}.Json({expression}, {Literal(displayName)}));");
                    break;
                case ValueKind.Object:
                    writer.WriteLine($"Write(ref writer, {expression});");
                    break;
                case ValueKind.List:
                    WriteJsonArray(writer, expression, value, displayName, depth);
                    break;
            }
        }

        private static void WriteJsonArray(SourceWriter writer, string list, ValueSpec value, string displayName, int depth)
        {
            ValueSpec element = value.Element!;
            string index = IndexName(depth);
            writer.WriteLine("writer.WriteStartArray();");
            writer.OpenBlock($"for (int {index} = 0; {index} < {list}.{value.CountProperty}; {index}++)");
            string elementExpression = ElementExpression(list, element, displayName, index);
            if (element.Kind == ValueKind.List)
            {
                string item = ItemName(depth);
                writer.WriteLine($"var {item} = {elementExpression};");
                elementExpression = item;
            }

            WriteJsonValue(writer, elementExpression, element, displayName, depth + 1);
            writer.CloseBrace();
            writer.WriteLine("writer.WriteEndArray();");
        }
    }
}
