using System;

namespace OkxGen.Doctor;

/// <summary>The first byte where the text that was signed and the text that was sent (and that OKX hashes) part.</summary>
public sealed class OkxByteDifference
{
    internal OkxByteDifference(int offset, OkxPrehashPart part, int offsetInPart, int? signedByte, int? sentByte, string signedContext, string sentContext)
    {
        Offset = offset;
        Part = part;
        OffsetInPart = offsetInPart;
        SignedByte = signedByte;
        SentByte = sentByte;
        SignedContext = signedContext;
        SentContext = sentContext;
    }

    /// <summary>Gets the offset of the first differing byte in the prehash (<c>timestamp + METHOD + requestPath + body</c>).</summary>
    public int Offset { get; }

    /// <summary>Gets the part of the sent prehash the offset falls in.</summary>
    public OkxPrehashPart Part { get; }

    /// <summary>Gets the offset of the first differing byte within <see cref="Part"/> of the sent prehash.</summary>
    public int OffsetInPart { get; }

    /// <summary>Gets the signed byte at <see cref="Offset"/>, or <see langword="null"/> where the signed text had ended.</summary>
    public int? SignedByte { get; }

    /// <summary>Gets the sent byte at <see cref="Offset"/>, or <see langword="null"/> where the sent text had ended.</summary>
    public int? SentByte { get; }

    /// <summary>Gets a short, escaped excerpt of the signed text around <see cref="Offset"/>.</summary>
    public string SignedContext { get; }

    /// <summary>Gets a short, escaped excerpt of the sent text around <see cref="Offset"/>.</summary>
    public string SentContext { get; }

    /// <summary>Gets the difference in one line: where, the two bytes, and the two excerpts.</summary>
    public string Summary =>
        $"First difference at byte {OffsetInPart} of the {PartName(Part)} (prehash byte {Offset}): signed {Describe(SignedByte)}, sent {Describe(SentByte)}; signed \"{SignedContext}\", sent \"{SentContext}\".";

    /// <inheritdoc/>
    public override string ToString() =>
        $"first difference at byte {Offset} (byte {OffsetInPart} of the {PartName(Part)}): signed {Describe(SignedByte)}, sent {Describe(SentByte)}"
        + Environment.NewLine + "  signed: " + SignedContext
        + Environment.NewLine + "  sent:   " + SentContext;

    private static string PartName(OkxPrehashPart part) => part switch
    {
        OkxPrehashPart.Timestamp => "timestamp",
        OkxPrehashPart.Method => "method",
        OkxPrehashPart.RequestTarget => "request path",
        _ => "body",
    };

    private static string Describe(int? value) => value switch
    {
        null => "nothing (the text had ended)",
        >= 0x20 and < 0x7F => $"'{(char)value.Value}' (0x{value.Value:X2})",
        _ => $"0x{value.Value:X2}",
    };
}
