using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using OkxGen.Doctor.Search;

namespace OkxGen.Doctor;

/// <summary>
/// Explains an OKX <c>50113 Invalid Sign</c>. OKX computes <c>Base64(HMAC-SHA256(secret, timestamp + METHOD +
/// requestPath + body))</c> over the bytes it receives; a signature fails when the client signed other bytes than it
/// sent. Given the captured request and the secret, the doctor searches the known mistakes (a second serialization, a
/// query encoded differently or not signed, a timestamp in another form, a lower-case method, a path without
/// <c>/api/v5</c> or with the host, a secret with a stray newline, the passphrase as the secret), alone and two at a
/// time, and names the first that reproduces the captured signature.
/// </summary>
/// <example>
/// <code>
/// var captured = new OkxCapturedRequest("POST", "/api/v5/trade/order", bodyBytes, timestampHeader, signHeader);
/// OkxSignatureDiagnosis diagnosis = OkxSignatureDoctor.Diagnose(captured, secretKey, passphrase);
/// Console.WriteLine(diagnosis); // 50113: the signature was computed over the body with a space after ':' and ',' ...
/// </code>
/// </example>
public static class OkxSignatureDoctor
{
    /// <summary>The largest body the doctor searches: 1 MiB (OKX's own bodies are a few kilobytes).</summary>
    public const int MaxBodyLength = 1024 * 1024;

    private const int HashLength = 32;
    private const int ContextRadius = 24;

    /// <summary>Diagnoses one captured request.</summary>
    /// <param name="request">What was sent.</param>
    /// <param name="secretKey">The API key's secret. It is used to recompute signatures and never appears in the result.</param>
    /// <param name="passphrase">The API key's passphrase, if known, to test whether it was used as the secret.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="secretKey"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The body is larger than <see cref="MaxBodyLength"/>, or the signature is not the Base64 of a 32-byte HMAC-SHA256.</exception>
    public static OkxSignatureDiagnosis Diagnose(OkxCapturedRequest request, string secretKey, string? passphrase = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        if (request.Body.Length > MaxBodyLength)
        {
            throw new ArgumentException($"The body has {request.Body.Length} bytes; the doctor searches bodies of at most {MaxBodyLength} bytes.", nameof(request));
        }

        byte[] expected = DecodeSignature(request.Signature);
        var sent = new Parts(request);
        byte[] sentText = sent.Concatenate();
        string sentString = Encoding.UTF8.GetString(sentText);

        if (Matches(expected, Encoding.UTF8.GetBytes(secretKey), sentText))
        {
            return new OkxSignatureDiagnosis(OkxSignatureOutcome.Valid, [], "the signature matches the request as sent; OKX accepts it with this secret.", sentString, signedText: null, difference: null);
        }

        List<Mistake> mistakes = Collect(request, secretKey, passphrase);
        byte[] key = Encoding.UTF8.GetBytes(secretKey);
        try
        {
            foreach (Mistake mistake in mistakes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Reproduces(expected, sent, key, mistake, second: null, out byte[] signedText))
                {
                    return Diagnosed(sent, sentText, sentString, signedText, mistake, second: null);
                }
            }

            for (int first = 0; first < mistakes.Count; first++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int second = first + 1; second < mistakes.Count; second++)
                {
                    if (mistakes[first].Part != mistakes[second].Part
                        && Reproduces(expected, sent, key, mistakes[first], mistakes[second], out byte[] signedText))
                    {
                        return Diagnosed(sent, sentText, sentString, signedText, mistakes[first], mistakes[second]);
                    }
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        return new OkxSignatureDiagnosis(
            OkxSignatureOutcome.Unknown,
            [],
            $"none of the {mistakes.Count} known mistakes, alone or two together, reproduces the signature. Check that the secret belongs to this API key, then compare the text OKX hashes (below) byte for byte with the text your code signs.",
            sentString,
            signedText: null,
            difference: null);
    }

    private static List<Mistake> Collect(OkxCapturedRequest request, string secretKey, string? passphrase)
    {
        // Most frequent first: the first mistake that reproduces the signature is the one reported.
        var mistakes = new List<Mistake>();
        mistakes.AddRange(BodyMistakes.For(request.Body));
        mistakes.AddRange(RequestLineMistakes.ForTarget(request.RequestTarget));
        mistakes.AddRange(TimestampMistakes.For(request.Timestamp));
        mistakes.AddRange(RequestLineMistakes.ForMethod(request.Method));
        mistakes.AddRange(KeyMistakes.For(secretKey, passphrase));
        return mistakes;
    }

    private static bool Reproduces(byte[] expected, Parts sent, byte[] key, Mistake first, Mistake? second, out byte[] signedText)
    {
        Parts signed = sent.With(first).With(second);
        signedText = signed.Concatenate();
        byte[] signingKey = first.Part == MistakePart.Key ? first.Bytes : second?.Part == MistakePart.Key ? second.Bytes : key;
        return Matches(expected, signingKey, signedText);
    }

    private static bool Matches(byte[] expected, byte[] key, byte[] text)
    {
        Span<byte> mac = stackalloc byte[HashLength];
        HMACSHA256.HashData(key, text, mac);
        return CryptographicOperations.FixedTimeEquals(mac, expected);
    }

    private static OkxSignatureDiagnosis Diagnosed(Parts sent, byte[] sentText, string sentString, byte[] signedText, Mistake first, Mistake? second)
    {
        OkxSignatureCause[] causes = second is null ? [first.Cause] : [first.Cause, second.Cause];
        string what = second is null ? first.Description : first.Description + ", and " + second.Description;
        OkxByteDifference? difference = FirstDifference(signedText, sentText, sent);
        string explanation = difference is null
            ? $"the text signed is the text sent, but the key was {what}."
            : $"the signature was computed over {what}; OKX hashes the request as it was sent.";
        return new OkxSignatureDiagnosis(OkxSignatureOutcome.Diagnosed, causes, explanation, sentString, Encoding.UTF8.GetString(signedText), difference);
    }

    private static OkxByteDifference? FirstDifference(byte[] signed, byte[] sent, Parts sentParts)
    {
        int length = Math.Min(signed.Length, sent.Length);
        int offset = signed.AsSpan(0, length).CommonPrefixLength(sent.AsSpan(0, length));
        if (offset == length && signed.Length == sent.Length)
        {
            return null;
        }

        (OkxPrehashPart part, int offsetInPart) = sentParts.Locate(offset);
        return new OkxByteDifference(
            offset,
            part,
            offsetInPart,
            offset < signed.Length ? signed[offset] : null,
            offset < sent.Length ? sent[offset] : null,
            TextExcerpt.Around(signed, offset, ContextRadius),
            TextExcerpt.Around(sent, offset, ContextRadius));
    }

    private static byte[] DecodeSignature(string signature)
    {
        Span<byte> decoded = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, decoded, out int written) || written != HashLength)
        {
            throw new ArgumentException("The OK-ACCESS-SIGN value is not the Base64 of a 32-byte HMAC-SHA256 (44 characters ending in '=').", nameof(signature));
        }

        return decoded[..HashLength].ToArray();
    }
}
