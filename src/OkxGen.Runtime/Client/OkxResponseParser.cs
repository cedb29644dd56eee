using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;
using OkxGen.Serialization;

namespace OkxGen;

/// <summary>
/// Reads OKX's envelope, <c>{"code":"0","msg":"","data":[...]}</c>, in whatever order its members come; a <c>data</c>
/// that is one object (<c>{"code":"0","data":{...}}</c>) is read as one item.
/// </summary>
internal static class OkxResponseParser
{
    private const int PrefixLength = 256;

    public static OkxResponse<T> Parse<T>(ReadOnlySpan<byte> json, OkxResponseReader<T> itemReader, HttpStatusCode statusCode)
    {
        try
        {
            return ParseEnvelope(json, itemReader, statusCode);
        }
        catch (JsonException exception)
        {
            throw Invalid($"is not valid JSON ({exception.Message})", json, statusCode, exception);
        }
        catch (OkxResponseException exception) when (exception.StatusCode is null)
        {
            throw Invalid($"does not fit the response type: {exception.Message}", json, statusCode, exception);
        }
    }

    public static string Prefix(ReadOnlySpan<byte> body)
    {
        string text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, PrefixLength)]);
        return body.Length > PrefixLength ? text + "\u2026" : text;
    }

    private static OkxResponse<T> ParseEnvelope<T>(ReadOnlySpan<byte> json, OkxResponseReader<T> itemReader, HttpStatusCode statusCode)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid("is not a JSON object", json, statusCode, null);
        }

        string? code = null;
        string msg = "";
        List<T>? data = null;
        List<OkxItemError>? itemErrors = null;
        while (OkxJsonValueReader.TryReadPropertyName(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                code = OkxJsonValueReader.ReadString(ref reader, "code");
            }
            else if (reader.ValueTextEquals("msg"u8))
            {
                reader.Read();
                msg = OkxJsonValueReader.ReadString(ref reader, "msg") ?? "";
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                data = ReadData(ref reader, itemReader, ref itemErrors);
            }
            else
            {
                reader.Skip();
            }
        }

        // The whole payload must be one object: trailing bytes mean a truncated or concatenated answer.
        if (reader.Read())
        {
            throw Invalid("holds more than one JSON value", json, statusCode, null);
        }

        if (code is null)
        {
            throw Invalid("has no \"code\"", json, statusCode, null);
        }

        return new OkxResponse<T>(code, msg, (IReadOnlyList<T>?)data ?? [], (IReadOnlyList<OkxItemError>?)itemErrors ?? [], statusCode);
    }

    // data is an array of items, except on the few endpoints that OKX documents with one object (index components,
    // the coins of the trading statistics): that object is read as the one item.
    private static List<T>? ReadData<T>(ref Utf8JsonReader reader, OkxResponseReader<T> itemReader, ref List<OkxItemError>? itemErrors)
    {
        var data = new List<T>();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            AddItem(ref reader, itemReader, data, ref itemErrors);
            return data;
        }

        if (!OkxJsonValueReader.ReadStartArray(ref reader, "data"))
        {
            return null;
        }

        while (OkxJsonValueReader.TryReadArrayItem(ref reader))
        {
            AddItem(ref reader, itemReader, data, ref itemErrors);
        }

        return data;
    }

    private static void AddItem<T>(ref Utf8JsonReader reader, OkxResponseReader<T> itemReader, List<T> data, ref List<OkxItemError>? itemErrors)
    {
        T item = itemReader.ReadItem(ref reader);
        if (itemReader.TryGetItemError(item, out string itemCode, out string itemMessage))
        {
            (itemErrors ??= []).Add(new OkxItemError(data.Count, itemCode, itemMessage));
        }

        data.Add(item);
    }

    private static OkxResponseException Invalid(string problem, ReadOnlySpan<byte> json, HttpStatusCode statusCode, Exception? inner)
    {
        string prefix = Prefix(json);
        return new OkxResponseException(
            $"The answer (HTTP {(int)statusCode} {statusCode}) {problem}; it begins: {(prefix.Length == 0 ? "(empty)" : prefix)}",
            statusCode,
            prefix,
            inner);
    }
}
