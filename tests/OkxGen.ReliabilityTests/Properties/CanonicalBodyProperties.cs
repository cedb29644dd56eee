using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Properties;

/// <summary>
/// The generated body writers against independent oracles: a naive reference canonicalizer, System.Text.Json's parser,
/// and byte scans for whitespace and key order.
/// </summary>
public sealed class CanonicalBodyProperties(ITestOutputHelper output)
{
    [Fact]
    public void ObjectBody_EqualsTheReferenceCanonicalizer_ByteForByte() =>
        PropertyRun.Check(FuzzGen.Order, order =>
        {
            byte[] expected = ReferenceModel.Body(order).ToUtf8();
            AssertBytes(expected, WriteExact(order));
            AssertBytes(expected, WriteThroughBufferWriter(order));
            Assert.Equal(Encoding.UTF8.GetString(expected), order.ToJson());
        }, output);

    [Fact]
    public void ArrayBody_EqualsTheReferenceCanonicalizer_ByteForByte() =>
        PropertyRun.Check(FuzzGen.Batch, batch =>
        {
            byte[] expected = ReferenceModel.Body(batch).ToUtf8();
            AssertBytes(expected, WriteExact(batch));
            AssertBytes(expected, WriteThroughBufferWriter(batch));
        }, output);

    [Fact]
    public void Body_ParsesWithSystemTextJsonToExactlyTheValuesSet() =>
        PropertyRun.Check(FuzzGen.Batch, batch =>
        {
            using JsonDocument document = JsonDocument.Parse(WriteExact(batch));
            AssertSameValues(ReferenceModel.Body(batch), document.RootElement, "$");
        }, output);

    [Fact]
    public void Body_HasNoWhitespaceOutsideStrings_AndSortedUniqueKeysAtEveryLevel() =>
        PropertyRun.Check(FuzzGen.Batch, batch =>
        {
            byte[] body = WriteExact(batch);
            AssertNoWhitespaceOutsideStrings(body);
            using JsonDocument document = JsonDocument.Parse(body);
            AssertKeysSorted(document.RootElement, "$");
        }, output);

    [Fact]
    public void TryWriteBody_OneByteTooSmallFails_ExactSizeSucceeds() =>
        PropertyRun.Check(FuzzGen.Order, order =>
        {
            int size = ReferenceModel.Body(order).ToUtf8().Length;
            byte[] small = new byte[size - 1];
            Assert.False(order.TryWriteBody(small, out int written));
            Assert.Equal(0, written);
            byte[] exact = new byte[size];
            Assert.True(order.TryWriteBody(exact, out written));
            Assert.Equal(size, written);
        }, output);

    internal static byte[] WriteExact(IOkxRequest request)
    {
        // Grow until it fits: the size is found without trusting the writer's own measurement.
        for (int size = 64; ; size *= 2)
        {
            byte[] buffer = new byte[size];
            if (request.TryWriteBody(buffer, out int written))
            {
                return buffer[..written];
            }
        }
    }

    internal static void AssertBytes(byte[] expected, byte[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Fail($"Bytes differ.\nexpected: {Encoding.UTF8.GetString(expected)}\nactual:   {Encoding.UTF8.GetString(actual)}");
        }
    }

    internal static void AssertSameValues(JNode expected, JsonElement actual, string path)
    {
        switch (expected)
        {
            case JString s:
                Assert.True(actual.ValueKind == JsonValueKind.String, $"{path}: expected a string, found {actual.ValueKind}");
                Assert.True(s.Value == actual.GetString(), $"{path}: expected {s.ToJson()}, found {actual.GetRawText()}");
                break;
            case JLiteral b:
                Assert.True(actual.ValueKind == (b.Value ? JsonValueKind.True : JsonValueKind.False), $"{path}: expected {b.Value}, found {actual.GetRawText()}");
                break;
            case JArray a:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, found {actual.ValueKind}");
                Assert.True(a.Items.Count == actual.GetArrayLength(), $"{path}: expected {a.Items.Count} items, found {actual.GetArrayLength()}");
                int i = 0;
                foreach (JsonElement item in actual.EnumerateArray())
                {
                    AssertSameValues(a.Items[i], item, $"{path}[{i}]");
                    i++;
                }

                break;
            case JObject o:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, found {actual.ValueKind}");
                var names = actual.EnumerateObject().Select(p => p.Name).ToList();
                Assert.True(o.Members.Keys.SequenceEqual(names.Order(StringComparer.Ordinal)), $"{path}: expected keys {string.Join(",", o.Members.Keys)}, found {string.Join(",", names)}");
                foreach (KeyValuePair<string, JNode> member in o.Members)
                {
                    AssertSameValues(member.Value, actual.GetProperty(member.Key), path + "." + member.Key);
                }

                break;
            default:
                throw new InvalidOperationException(expected.GetType().Name);
        }
    }

    internal static void AssertNoWhitespaceOutsideStrings(byte[] json)
    {
        bool inString = false;
        for (int i = 0; i < json.Length; i++)
        {
            byte b = json[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
                else
                {
                    // A raw control character inside a string would be invalid JSON: everything below 0x20 is escaped.
                    Assert.True(b >= 0x20, $"raw control byte 0x{b:x2} inside a string at {i}");
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else
            {
                Assert.True(b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'), $"whitespace byte 0x{b:x2} outside a string at {i}");
            }
        }

        Assert.False(inString, "unterminated string");
    }

    internal static void AssertKeysSorted(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            string? previous = null;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                Assert.True(previous is null || string.CompareOrdinal(previous, property.Name) < 0, $"{path}: key '{property.Name}' follows '{previous}'");
                previous = property.Name;
                AssertKeysSorted(property.Value, path + "." + property.Name);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                AssertKeysSorted(item, $"{path}[{i++}]");
            }
        }
    }

    private static byte[] WriteThroughBufferWriter(FuzzOrderRequest request)
    {
        var writer = new ArrayBufferWriter<byte>(1);
        request.WriteBody(writer);
        return writer.WrittenSpan.ToArray();
    }

    private static byte[] WriteThroughBufferWriter(FuzzBatchRequest request)
    {
        var writer = new ArrayBufferWriter<byte>(1);
        request.WriteBody(writer);
        return writer.WrittenSpan.ToArray();
    }
}
