using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using CsCheck;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Properties;

/// <summary>
/// Random OKX-shaped answers (numbers as strings or numbers, <c>""</c> or <c>null</c> or nothing for absent values,
/// flags as <c>true</c> or <c>"true"</c>, unknown fields, any member order), written by System.Text.Json's writer and
/// read through <see cref="OkxClient"/> into typed records.
/// </summary>
public sealed class ResponseReaderProperties(ITestOutputHelper output)
{
    private static readonly JsonWriterOptions Escaped = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<FuzzAnswerLeg> Leg = Gen.Select(FuzzGen.NullableText, Gen.Nullable(FuzzGen.Decimal, 0.3), (name, px) => new FuzzAnswerLeg { Name = name, Px = px });

    private static readonly Gen<FuzzAnswer> Answer = Gen.Select(
        Gen.Select(FuzzGen.NullableText, Gen.Nullable(FuzzGen.Decimal, 0.3), FuzzGen.Decimal, Gen.Nullable(FuzzGen.Long, 0.3), Gen.Bool, Gen.Nullable(Gen.Bool, 0.3), (id, px, sz, count, reduceOnly, flag) => (id, px, sz, count, reduceOnly, flag)),
        Gen.Nullable(Gen.Long[0, 253_402_300_799_999], 0.3),
        Gen.Nullable(FuzzGen.Of(FuzzState.Live, FuzzState.PartiallyFilled, FuzzState.Filled), 0.3),
        Gen.Null(FuzzGen.Text.Array[0, 4].Select(a => (IReadOnlyList<string>)a), 0.3),
        Gen.Null(Leg, 0.4),
        Gen.Null(Leg.Array[0, 3].Select(a => (IReadOnlyList<FuzzAnswerLeg>)a), 0.4),
        (a, ts, state, tags, leg, legs) => new FuzzAnswer
        {
            Id = a.id,
            Px = a.px,
            Sz = a.sz,
            Count = a.count,
            ReduceOnly = a.reduceOnly,
            Flag = a.flag,
            Ts = ts is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            State = state,
            Tags = tags,
            Leg = leg,
            Legs = legs,
        });

    // The items, the answer's code and a seed that picks each value's spelling, the member order and unknown fields.
    private static readonly Gen<(FuzzAnswer[] Items, string Code, int Style)> Response =
        Gen.Select(Answer.Array[0, 4], FuzzGen.Of("0", "1", "50011", "51000"), Gen.Int, (items, code, style) => (items, code, style));

    [Fact]
    public void OkxShapedAnswers_RoundTripIntoTypedRecords()
    {
        PropertyRun.Check(Response, sample =>
        {
            byte[] json = Render(sample.Items, sample.Code, new Random(sample.Style), sample.Style % 2 == 0 ? Escaped : Relaxed);
            OkxResponse<FuzzAnswer> response = Read(json);
            Assert.Equal(sample.Code, response.Code);
            Assert.Equal(sample.Items.Length, response.Data.Count);
            for (int i = 0; i < sample.Items.Length; i++)
            {
                AssertSame(sample.Items[i], response.Data[i]);
            }
        }, output, Math.Max(1_000, PropertyRun.Iterations));
    }

    [Fact]
    public void TruncatedAnswers_ThrowOkxResponseException_NeverAPartialSuccess() =>
        PropertyRun.Check(Gen.Select(Response, Gen.Int[0, int.MaxValue]), sample =>
        {
            byte[] json = Render(sample.Item1.Items, sample.Item1.Code, new Random(sample.Item1.Style), Relaxed);
            int cut = sample.Item2 % json.Length;
            OkxResponseException exception = Assert.Throws<OkxResponseException>(() => Read(json[..cut]));
            Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        }, output);

    [Fact]
    public void MalformedAnswers_ThrowOkxResponseException_NeverAPartialSuccess() =>
        PropertyRun.Check(Gen.Select(Response, Gen.Int[0, int.MaxValue]), sample =>
        {
            byte[] json = Render(sample.Item1.Items, sample.Item1.Code, new Random(sample.Item1.Style), Relaxed);
            List<int> structural = StructuralPositions(json);
            int remove = structural[sample.Item2 % structural.Count];
            byte[] broken = [.. json[..remove], .. json[(remove + 1)..]];
            try
            {
                // The oracle: only answers System.Text.Json refuses count (dropping ',' in [1,2] leaves valid JSON).
                using JsonDocument accepted = JsonDocument.Parse(broken);
                return;
            }
            catch (JsonException)
            {
            }

            Assert.Throws<OkxResponseException>(() => Read(broken));
        }, output);

    private static OkxResponse<FuzzAnswer> Read(byte[] json)
    {
        // A client per call: the answer is fixed by the handler, and the property runs on two threads.
        OkxClient client = TestKeys.StubClient(new StubHandler(_ => (HttpStatusCode.OK, json)));
        return client.SendAsync(new FuzzAnswerRequest(), CancellationToken.None).GetAwaiter().GetResult();
    }

    private static void AssertSame(FuzzAnswer expected, FuzzAnswer actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Px, actual.Px);
        Assert.Equal(expected.Sz, actual.Sz);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.ReduceOnly, actual.ReduceOnly);
        Assert.Equal(expected.Flag, actual.Flag);
        Assert.Equal(expected.Ts, actual.Ts);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Leg, actual.Leg);
        if (expected.Legs is null)
        {
            Assert.Null(actual.Legs);
        }
        else
        {
            Assert.Equal(expected.Legs, actual.Legs!);
        }
    }

    private static byte[] Render(FuzzAnswer[] items, string code, Random style, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            var envelope = new List<Action>
            {
                () => writer.WriteString("code", code),
                () => writer.WriteString("msg", code == "0" ? "" : "failed \u00e9\u2028"),
                () =>
                {
                    writer.WritePropertyName("data");
                    writer.WriteStartArray();
                    foreach (FuzzAnswer item in items)
                    {
                        WriteItem(writer, item, style);
                    }

                    writer.WriteEndArray();
                },
                () => writer.WriteString("inTime", "1695190491421339"),
            };
            foreach (Action member in envelope.OrderBy(_ => style.Next()))
            {
                member();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter writer, FuzzAnswer item, Random style)
    {
        var members = new List<Action>
        {
            () => Text(writer, "id", item.Id, style),
            () => Number(writer, "px", item.Px is { } px ? ReferenceText.Decimal(px) : null, style),
            () => Number(writer, "sz", ReferenceText.Decimal(item.Sz), style),
            () => Number(writer, "count", item.Count is { } count ? ReferenceText.Integer(count) : null, style),
            () => Flag(writer, "reduceOnly", item.ReduceOnly, style),
            () => Flag(writer, "flag", item.Flag, style),
            () => Number(writer, "ts", item.Ts is { } ts ? ReferenceText.Integer(ts.ToUnixTimeMilliseconds()) : null, style),
            () => Text(writer, "state", item.State switch
            {
                FuzzState.Live => "live",
                FuzzState.PartiallyFilled => "partially_filled",
                FuzzState.Filled => "filled",
                _ => null,
            }, style),
            () => List(writer, "tags", item.Tags, (w, tag) => w.WriteStringValue(tag), style),
            () =>
            {
                if (item.Leg is { } leg)
                {
                    writer.WritePropertyName("leg");
                    WriteLeg(writer, leg, style);
                }
                else
                {
                    Absent(writer, "leg", style);
                }
            },
            () => List(writer, "legs", item.Legs, (w, leg) => WriteLeg(w, leg, style), style),
        };
        int unknown = style.Next(3);
        for (int i = 0; i < unknown; i++)
        {
            string name = "x" + style.Next(1000).ToString(CultureInfo.InvariantCulture) + (style.Next(2) == 0 ? "\u00e9\"" : "");
            members.Add(() =>
            {
                writer.WritePropertyName(name);
                Junk(writer, style, depth: 0);
            });
        }

        writer.WriteStartObject();
        foreach (Action member in members.OrderBy(_ => style.Next()))
        {
            member();
        }

        writer.WriteEndObject();
    }

    private static void WriteLeg(Utf8JsonWriter writer, FuzzAnswerLeg leg, Random style)
    {
        writer.WriteStartObject();
        Text(writer, "name", leg.Name, style);
        Number(writer, "px", leg.Px is { } px ? ReferenceText.Decimal(px) : null, style);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value, Random style)
    {
        if (value is null)
        {
            // "" is a real value for a string member, so an absent string is null or missing.
            if (style.Next(2) == 0)
            {
                writer.WriteNull(name);
            }
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, string? text, Random style)
    {
        if (text is null)
        {
            Absent(writer, name, style);
        }
        else if (style.Next(2) == 0)
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(text);
        }
    }

    private static void Flag(Utf8JsonWriter writer, string name, bool? value, Random style)
    {
        if (value is not { } flag)
        {
            Absent(writer, name, style);
        }
        else if (style.Next(2) == 0)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteString(name, flag ? "true" : "false");
        }
    }

    private static void List<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write, Random style)
    {
        if (items is null)
        {
            Absent(writer, name, style);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (T item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void Absent(Utf8JsonWriter writer, string name, Random style)
    {
        switch (style.Next(3))
        {
            case 0:
                writer.WriteString(name, "");
                break;
            case 1:
                writer.WriteNull(name);
                break;
        }
    }

    private static void Junk(Utf8JsonWriter writer, Random style, int depth)
    {
        switch (style.Next(depth > 2 ? 4 : 6))
        {
            case 0: writer.WriteStringValue("junk\u0001\u2028\uD83D\uDE80"); break;
            case 1: writer.WriteNumberValue(style.NextDouble() * 1e300); break;
            case 2: writer.WriteBooleanValue(true); break;
            case 3: writer.WriteNullValue(); break;
            case 4:
                writer.WriteStartArray();
                for (int i = style.Next(3); i > 0; i--)
                {
                    Junk(writer, style, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                for (int i = style.Next(3); i > 0; i--)
                {
                    writer.WritePropertyName("k" + i.ToString(CultureInfo.InvariantCulture));
                    Junk(writer, style, depth + 1);
                }

                writer.WriteEndObject();
                break;
        }
    }

    // Positions of structural bytes outside strings: the braces, brackets, colons and commas.
    private static List<int> StructuralPositions(byte[] json)
    {
        var positions = new List<int>();
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
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',')
            {
                positions.Add(i);
            }
        }

        return positions;
    }
}
