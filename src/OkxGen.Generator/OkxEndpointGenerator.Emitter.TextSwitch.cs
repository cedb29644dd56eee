using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OkxGen.Generator;

public sealed partial class OkxEndpointGenerator
{
    internal static partial class Emitter
    {
        // Dispatches on the text of the property name or string value the reader is on, unescaped, as OKX's objects of
        // seventy members need it: the text's length picks a bucket, then, where the bucket holds several texts, the byte
        // at the position that tells them apart best picks one or two, whose bytes are compared. A name the type does not
        // declare (half of what OKX sends) costs one comparison at most, where a chain would compare it with every text of
        // its length. Each case's statements must leave the switch (continue, return); the otherwise statement, after
        // the switch, handles every other text. Cases keep their order, so of two equal texts the first wins.
        private static void WriteTextSwitch(
            SourceWriter writer,
            string textVariable,
            IEnumerable<(string Text, string[] Statements)> cases,
            string otherwise)
        {
            writer.WriteLine($"global::System.ReadOnlySpan<byte> {textVariable} = {Values}.GetPropertyName(ref reader);");
            writer.OpenBlock($"switch ({textVariable}.Length)");
            foreach (IGrouping<int, (byte[] Bytes, string Text, string[] Statements)> bucket in cases
                .Select(c => (Bytes: Encoding.UTF8.GetBytes(c.Text), c.Text, c.Statements))
                .GroupBy(c => c.Bytes.Length))
            {
                if (bucket.Count() == 1)
                {
                    (_, string text, string[] statements) = bucket.First();
                    writer.WriteLine($"case {bucket.Key} when {SequenceEqual(textVariable, text)}:");
                    WriteSwitchSection(writer, statements);
                    continue;
                }

                int position = MostTellingPosition(bucket.Select(c => c.Bytes).ToList());
                writer.WriteLine($"case {bucket.Key}:");
                writer.Indent();
                writer.OpenBlock($"switch ({textVariable}[{position}])");
                foreach ((byte[] bytes, string text, string[] statements) in bucket)
                {
                    writer.WriteLine($"case {ByteLiteral(bytes[position])} when {SequenceEqual(textVariable, text)}:");
                    WriteSwitchSection(writer, statements);
                }

                writer.CloseBrace();
                writer.WriteLine();
                writer.WriteLine("break;");
                writer.Unindent();
            }

            writer.CloseBrace();
            writer.WriteLine();
            writer.WriteLine(otherwise);
        }

        // The position whose bytes differ most among texts of one length; the first of equals.
        private static int MostTellingPosition(List<byte[]> texts)
        {
            int best = 0, bestCount = 0;
            for (int position = 0; position < texts[0].Length; position++)
            {
                int count = texts.Select(text => text[position]).Distinct().Count();
                if (count > bestCount)
                {
                    (best, bestCount) = (position, count);
                }
            }

            return best;
        }

        private static string SequenceEqual(string textVariable, string text) =>
            $"global::System.MemoryExtensions.SequenceEqual({textVariable}, {Utf8Literal(text)})";

        private static string ByteLiteral(byte value) => value is >= 0x20 and < 0x7F and not (byte)'\'' and not (byte)'\\'
            ? $"(byte)'{(char)value}'"
            : "0x" + value.ToString("X2", CultureInfo.InvariantCulture);

        private static void WriteSwitchSection(SourceWriter writer, string[] statements)
        {
            writer.Indent();
            foreach (string statement in statements)
            {
                writer.WriteLine(statement);
            }

            writer.Unindent();
        }
    }
}
