using OkxGen.SourceGeneration.Model;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    // The nested OkxQuery class of a GET endpoint: the members as sorted, percent-encoded query parameters.
    internal static partial class Emitter
    {
        private static void WriteQuerySerializer(SourceWriter writer, EndpointSpec spec)
        {
            writer.WriteLine(GeneratedCodeAttribute);
            writer.OpenBlock($"private static {New(spec, "OkxQuery")}class OkxQuery");
            writer.OpenBlock($"public static void Write(ref {QueryWriter} writer, {spec.Root.FullyQualifiedName} value)");
            bool first = true;
            foreach (MemberSpec member in spec.Root.Members)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                WriteQueryParameter(writer, member);
                first = false;
            }

            writer.CloseBrace();
            writer.CloseBrace();
        }

        private static void WriteQueryParameter(SourceWriter writer, MemberSpec member)
        {
            string property = $"value.{member.PropertyName}";
            string name = $"writer.WriteParameterName({Utf8Literal(member.EncodedName)});";
            switch (member.Nulls)
            {
                case NullHandling.Omit:
                    writer.OpenBlock($"if ({property} is {{ }} {member.LocalName})");
                    writer.WriteLine(name);
                    WriteQueryValue(writer, member.LocalName, member.Value, member.DisplayName);
                    writer.CloseBrace();
                    break;
                case NullHandling.Throw:
                    writer.WriteLine($"var {member.LocalName} = {property} ?? throw {Errors}.RequiredMemberIsNull({Literal(member.DisplayName)});");
                    writer.WriteLine(name);
                    WriteQueryValue(writer, member.LocalName, member.Value, member.DisplayName);
                    break;
                default:
                    writer.WriteLine(name);
                    WriteQueryValue(writer, property, member.Value, member.DisplayName);
                    break;
            }
        }

        private static void WriteQueryValue(SourceWriter writer, string expression, ValueSpec value, string displayName)
        {
            switch (value.Kind)
            {
                case ValueKind.String:
                    writer.WriteLine($"writer.WriteStringValue({expression}, {Literal(displayName)});");
                    break;
                case ValueKind.Decimal or ValueKind.Int32 or ValueKind.Int64 or ValueKind.UInt64:
                    writer.WriteLine($"writer.WriteNumber({expression});");
                    break;
                case ValueKind.UnixMilliseconds:
                    writer.WriteLine($"writer.WriteUnixMilliseconds({expression});");
                    break;
                case ValueKind.Boolean:
                    writer.WriteLine($"writer.WriteBoolean({expression});");
                    break;
                case ValueKind.Enum:
                    writer.WriteLine($"writer.WriteEncodedValue({value.WireValuesName}.Query({expression}, {Literal(displayName)}));");
                    break;
                case ValueKind.List:
                    WriteQueryList(writer, expression, value, displayName);
                    break;
            }
        }

        // A list in a query is one parameter with comma-separated items, as OKX expects (ccy=BTC,ETH).
        private static void WriteQueryList(SourceWriter writer, string list, ValueSpec value, string displayName)
        {
            writer.OpenBlock($"for (int i = 0; i < {list}.{value.CountProperty}; i++)");
            writer.OpenBlock("if (i > 0)");
            writer.WriteLine("writer.WriteListSeparator();");
            writer.CloseBrace();
            writer.WriteLine();
            WriteQueryValue(writer, ElementExpression(list, value.Element!, displayName, "i"), value.Element!, displayName);
            writer.CloseBrace();
        }
    }
}
