using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OkxGen.Benchmarks.Alternatives;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks;

/// <summary>
/// The check that runs before any timing (and alone with <c>--validate</c>): every variant's body parses to the same
/// values, and the canonical variants produce identical bytes and identical signatures.
/// </summary>
internal static class Equivalence
{
    /// <summary>Checks the serializers and signers; returns the problems found, none when all agree.</summary>
    public static List<string> CheckSerializationAndSigning()
    {
        var problems = new List<string>();
        CheckOrder(Samples.Order, "plain order", signatures: true, problems);
        CheckOrder(Samples.EscapingOrder, "escaping order", signatures: false, problems);
        return problems;
    }

    /// <summary>Throws when <see cref="CheckSerializationAndSigning"/> finds a problem, so that nothing wrong gets timed.</summary>
    public static void ThrowIfDifferent()
    {
        List<string> problems = CheckSerializationAndSigning();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The variants do not agree:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    private static void CheckOrder(PlaceOrderRequest order, string name, bool signatures, List<string> problems)
    {
        using var variants = new Variants(order);
        byte[] okxGen = variants.Body(variants.SerializeOkxGen()).ToArray();
        string expectedValues = Normalize(okxGen);
        if (signatures && okxGen.Length != 253)
        {
            problems.Add($"{name}: the body is {okxGen.Length} bytes, not the issue's 253");
        }

        var bodies = new List<(string Variant, byte[] Body, bool Canonical)>
        {
            ("copied helper", Encoding.UTF8.GetBytes(variants.SerializeCopiedHelper()), false),
            ("STJ reflection (SortedDictionary)", variants.SerializeStjReflection(), false),
            ("STJ source generation", variants.SerializeStjSourceGen(), false),
            ("STJ source generation, reused writer", variants.SerializeStjSourceGenReusedWriter().ToArray(), false),
            ("reused Utf8JsonWriter", variants.SerializeUtf8JsonWriter().ToArray(), false),
            ("hand-written span writer", variants.Body(variants.SerializeHandWritten()).ToArray(), true),
            ("OkxGen ToJson()", Encoding.UTF8.GetBytes(order.ToJson()), true),
        };

        // System.Text.Json escapes non-ASCII and quotes as \uXXXX by default: same values, other bytes. On an
        // ASCII body without quotes every variant but the copied helper must be byte-identical to OkxGen.
        bool asciiBody = okxGen.All(b => b is >= 0x20 and < 0x80);
        foreach ((string variant, byte[] body, bool canonical) in bodies)
        {
            string values = Normalize(body);
            if (values != expectedValues)
            {
                problems.Add($"{name}: {variant} parses to other values than OkxGen.{Environment.NewLine}  {variant}: {Encoding.UTF8.GetString(body)}{Environment.NewLine}  OkxGen: {Encoding.UTF8.GetString(okxGen)}");
            }

            bool mustBeIdentical = canonical || (asciiBody && variant != "copied helper");
            if (mustBeIdentical && !body.AsSpan().SequenceEqual(okxGen))
            {
                problems.Add($"{name}: {variant} is not byte-identical to OkxGen.{Environment.NewLine}  {variant}: {Encoding.UTF8.GetString(body)}{Environment.NewLine}  OkxGen: {Encoding.UTF8.GetString(okxGen)}");
            }
        }

        if (!signatures)
        {
            return;
        }

        // An independent reference: string concatenation and HMACSHA256 over the canonical body.
        string timestamp = "2020-12-08T09:08:57.715Z";
        string prehash = timestamp + "POST" + Samples.RequestPath + Encoding.UTF8.GetString(okxGen);
        string expected = Convert.ToBase64String(HMACSHA256.HashData(Samples.SecretKeyUtf8, Encoding.UTF8.GetBytes(prehash)));
        if (!variants.FloorPrehash.SequenceEqual(Encoding.UTF8.GetBytes(prehash)))
        {
            problems.Add($"{name}: OkxGen's prehash differs from the reference prehash {prehash}");
        }

        var signed = new List<(string Variant, string Signature)>
        {
            ("STJ reflection (SortedDictionary) + one-shot HMAC", variants.SignStjReflection()),
            ("STJ source generation + one-shot HMAC", variants.SignStjSourceGen()),
        };
        void Span(string variant, Func<int> sign)
        {
            int length = sign();
            signed.Add((variant, length == OkxSigner.SignatureLength ? Encoding.ASCII.GetString(variants.Signature) : $"<{length} bytes>"));
        }

        Span("reused Utf8JsonWriter + one-shot HMAC", variants.SignUtf8JsonWriterOneShot);
        Span("hand-written + one-shot HashData", variants.SignHandWrittenOneShot);
        Span("floor: one-shot HashData", variants.SignFloorOneShot);
        Span("hand-written + reused IncrementalHash", variants.SignHandWrittenReusedHmac);
        Span("floor: reused IncrementalHash", variants.SignFloorReusedHmac);
        Span("OkxGen + OkxCredentials.TrySign", variants.SignOkxGen);
        Span("OkxGen + OkxSigner.TrySign (one-shot)", variants.SignOkxGenOneShot);
        foreach ((string variant, string signature) in signed)
        {
            if (signature != expected)
            {
                problems.Add($"{name}: {variant} signs {signature}, the reference is {expected}");
            }
        }

        // The helper signs its own (non-canonical) body: its signature must match the reference computed over that body.
        string helperBody = variants.SerializeCopiedHelper();
        string helperExpected = Convert.ToBase64String(HMACSHA256.HashData(Samples.SecretKeyUtf8, Encoding.UTF8.GetBytes(timestamp + "POST" + Samples.RequestPath + helperBody)));
        if (variants.SignCopiedHelper(timestamp) != helperExpected)
        {
            problems.Add($"{name}: the copied helper's signature does not match the reference over its own body");
        }
    }

    /// <summary>The values of a JSON document in a form where key order and escaping do not matter.</summary>
    private static string Normalize(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var builder = new StringBuilder();
        Append(document.RootElement, builder);
        return builder.ToString();
    }

    private static void Append(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                foreach (JsonProperty property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Append(property.Value, builder);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Append(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                builder.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
