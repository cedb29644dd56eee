using System;
using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using OkxGen.Benchmarks.Alternatives;
using OkxGen.Benchmarks.Model;

namespace OkxGen.Benchmarks;

/// <summary>
/// Every way of producing the body and the signature of one request, with the buffers and contexts each one reuses.
/// The benchmarks and the equivalence check call the same methods. Not thread-safe: one instance per benchmark class.
/// </summary>
internal sealed class Variants : IDisposable
{
    private const int HashLength = 32;

    private static ReadOnlySpan<byte> MethodAndPath => "POST/api/v5/trade/order"u8;

    private readonly PlaceOrderRequest _order;
    private readonly HelperPlaceOrder _dto;
    private readonly byte[] _key = Samples.SecretKeyUtf8;
    private readonly DateTimeOffset _time = Samples.FixedTime;
    private readonly byte[] _prehash = new byte[4096];
    private readonly byte[] _body = new byte[4096];
    private readonly byte[] _signature = new byte[64];
    private readonly byte[] _floorPrehash;
    private readonly Utf8JsonWriterSerializer _utf8JsonWriter = new();
    private readonly ArrayBufferWriter<byte> _stjBuffer = new(1024);
    private readonly Utf8JsonWriter _stjWriter;
    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Samples.SecretKeyUtf8);
    private readonly OkxCredentials _credentials = new(Samples.ApiKey, Samples.SecretKey, Samples.Passphrase);

    public Variants(PlaceOrderRequest order)
    {
        _order = order;
        _dto = CopiedHelper.ToDto(order);
        _stjWriter = new Utf8JsonWriter(_stjBuffer);

        // The floors sign the very prehash OkxGen writes, prepared once.
        int length = OkxGenPrehash();
        _floorPrehash = _prehash.AsSpan(0, length).ToArray();
    }

    /// <summary>The signature written by the last span-based signing call.</summary>
    public ReadOnlySpan<byte> Signature => _signature.AsSpan(0, OkxSigner.SignatureLength);

    /// <summary>The body written by the last span-based serialize-only call of a given length.</summary>
    public ReadOnlySpan<byte> Body(int length) => _body.AsSpan(0, length);

    /// <summary>The prehash of the floors.</summary>
    public ReadOnlySpan<byte> FloorPrehash => _floorPrehash;

    // ---- serialize only ----

    public string SerializeCopiedHelper() => CopiedHelper.SerializeSorted(_dto);

    public byte[] SerializeStjReflection() => StjSigning.SerializeSortedDictionary(_order);

    public byte[] SerializeStjSourceGen() => StjSigning.SerializeSourceGenerated(_order);

    /// <summary>Source generation writing into a reused <see cref="Utf8JsonWriter"/>: no array per call.</summary>
    public ReadOnlySpan<byte> SerializeStjSourceGenReusedWriter()
    {
        _stjBuffer.ResetWrittenCount();
        _stjWriter.Reset(_stjBuffer);
        JsonSerializer.Serialize(_stjWriter, _order, BenchJsonContext.Default.PlaceOrderRequest);
        _stjWriter.Flush();
        return _stjBuffer.WrittenSpan;
    }

    public ReadOnlySpan<byte> SerializeUtf8JsonWriter() => _utf8JsonWriter.Serialize(_order);

    public int SerializeHandWritten()
    {
        HandWrittenSerializer.TryWrite(_order, _body, out int written);
        return written;
    }

    public int SerializeOkxGen()
    {
        _order.TryWriteBody(_body, out int written);
        return written;
    }

    // ---- serialize, timestamp, prehash and sign ----

    /// <summary>(a) The copied helper; its own timestamp is passed in so that the check can fix it.</summary>
    public string SignCopiedHelper(string timestamp)
    {
        string body = CopiedHelper.SerializeSorted(_dto);
        return CopiedHelper.Sign(timestamp, "POST", Samples.RequestPath, body, Samples.SecretKey);
    }

    /// <summary>(b) System.Text.Json reflection over a sorted dictionary, one-shot HMAC.</summary>
    public string SignStjReflection()
    {
        string timestamp = StjSigning.FormatTimestamp(_time);
        byte[] body = StjSigning.SerializeSortedDictionary(_order);
        return StjSigning.Sign(_key, timestamp, "POST", Samples.RequestPath, body);
    }

    /// <summary>(c) System.Text.Json source generation, one-shot HMAC.</summary>
    public string SignStjSourceGen()
    {
        string timestamp = StjSigning.FormatTimestamp(_time);
        byte[] body = StjSigning.SerializeSourceGenerated(_order);
        return StjSigning.Sign(_key, timestamp, "POST", Samples.RequestPath, body);
    }

    /// <summary>(d) A reused <see cref="Utf8JsonWriter"/>, the body copied after the prefix, one-shot HMAC.</summary>
    public int SignUtf8JsonWriterOneShot()
    {
        int prefix = WriteHandPrefix();
        ReadOnlySpan<byte> body = _utf8JsonWriter.Serialize(_order);
        body.CopyTo(_prehash.AsSpan(prefix));
        return SignOneShot(_prehash.AsSpan(0, prefix + body.Length));
    }

    /// <summary>(e) The hand-written span writer straight into the prehash, one-shot HMAC.</summary>
    public int SignHandWrittenOneShot()
    {
        int prefix = WriteHandPrefix();
        HandWrittenSerializer.TryWrite(_order, _prehash.AsSpan(prefix), out int body);
        return SignOneShot(_prehash.AsSpan(0, prefix + body));
    }

    /// <summary>(f) Floor: one-shot HMAC and Base64 of a ready prehash.</summary>
    public int SignFloorOneShot() => SignOneShot(_floorPrehash);

    /// <summary>(g) The hand-written span writer, a reused keyed <see cref="IncrementalHash"/>.</summary>
    public int SignHandWrittenReusedHmac()
    {
        int prefix = WriteHandPrefix();
        HandWrittenSerializer.TryWrite(_order, _prehash.AsSpan(prefix), out int body);
        return SignReused(_prehash.AsSpan(0, prefix + body));
    }

    /// <summary>(h) Floor: a reused keyed <see cref="IncrementalHash"/> and Base64 of a ready prehash.</summary>
    public int SignFloorReusedHmac() => SignReused(_floorPrehash);

    /// <summary>OkxGen as its client does it: timestamp, method, path and body written in place, signed by <see cref="OkxCredentials.TrySign"/>.</summary>
    public int SignOkxGen()
    {
        int length = OkxGenPrehash();
        _credentials.TrySign(_prehash.AsSpan(0, length), _signature, out int written);
        return written;
    }

    /// <summary>OkxGen's prehash signed with the one-shot <see cref="OkxSigner.TrySign"/> instead.</summary>
    public int SignOkxGenOneShot()
    {
        int length = OkxGenPrehash();
        OkxSigner.TrySign(_key, _prehash.AsSpan(0, length), _signature, out int written);
        return written;
    }

    public void Dispose()
    {
        _utf8JsonWriter.Dispose();
        _stjWriter.Dispose();
        _hmac.Dispose();
        _credentials.Dispose();
    }

    private int OkxGenPrehash()
    {
        Span<byte> prehash = _prehash;
        OkxSigner.TryFormatTimestamp(_time, prehash, out int position);
        "POST"u8.CopyTo(prehash[position..]);
        position += 4;
        ((IOkxRequest)_order).TryWriteRequestPath(prehash[position..], out int path);
        position += path;
        _order.TryWriteBody(prehash[position..], out int body);
        return position + body;
    }

    private int WriteHandPrefix()
    {
        HandTimestamp.Write(_time, _prehash);
        MethodAndPath.CopyTo(_prehash.AsSpan(HandTimestamp.Length));
        return HandTimestamp.Length + MethodAndPath.Length;
    }

    private int SignOneShot(ReadOnlySpan<byte> prehash)
    {
        Span<byte> hash = stackalloc byte[HashLength];
        HMACSHA256.HashData(_key, prehash, hash);
        Base64.EncodeToUtf8(hash, _signature, out _, out int written);
        return written;
    }

    private int SignReused(ReadOnlySpan<byte> prehash)
    {
        Span<byte> hash = stackalloc byte[HashLength];
        _hmac.AppendData(prehash);
        _hmac.GetHashAndReset(hash);
        Base64.EncodeToUtf8(hash, _signature, out _, out int written);
        return written;
    }
}
