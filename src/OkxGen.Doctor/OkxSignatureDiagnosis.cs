using System;
using System.Collections.Generic;
using System.Text;

namespace OkxGen.Doctor;

/// <summary>
/// The doctor's finding for one captured request: <see cref="OkxSignatureOutcome.Valid"/>, the mistake(s) that
/// reproduce the captured signature, or <see cref="OkxSignatureOutcome.Unknown"/>. It never contains the secret or the
/// passphrase.
/// </summary>
public sealed class OkxSignatureDiagnosis
{
    internal OkxSignatureDiagnosis(
        OkxSignatureOutcome outcome,
        IReadOnlyList<OkxSignatureCause> causes,
        string explanation,
        string sentText,
        string? signedText,
        OkxByteDifference? difference)
    {
        Outcome = outcome;
        Causes = causes;
        Explanation = explanation;
        SentText = sentText;
        SignedText = signedText;
        Difference = difference;
    }

    /// <summary>Gets what the doctor found.</summary>
    public OkxSignatureOutcome Outcome { get; }

    /// <summary>Gets the mistakes that together reproduce the captured signature (one or two); empty unless <see cref="OkxSignatureOutcome.Diagnosed"/>.</summary>
    public IReadOnlyList<OkxSignatureCause> Causes { get; }

    /// <summary>Gets one sentence that says what happened, for example <c>the body was signed with a space after ':' and ',' ... but sent as shown</c>.</summary>
    public string Explanation { get; }

    /// <summary>
    /// Gets the text OKX hashes: <c>timestamp + METHOD + requestPath + body</c> exactly as sent. A client must sign
    /// these very bytes; compare them with what your code signs.
    /// </summary>
    public string SentText { get; }

    /// <summary>Gets the text that was actually signed, when a diagnosed mistake changed it (not for a wrong key).</summary>
    public string? SignedText { get; }

    /// <summary>Gets the first byte where <see cref="SignedText"/> and <see cref="SentText"/> differ, when they do.</summary>
    public OkxByteDifference? Difference { get; }

    /// <summary>Gets the diagnosis in one line (the explanation and the first difference), for a log line or a test's failure message.</summary>
    public string Summary => Difference is null ? Explanation : Explanation + " " + Difference.Summary;

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Outcome switch
        {
            OkxSignatureOutcome.Valid => "Valid: ",
            OkxSignatureOutcome.Diagnosed => "50113: ",
            _ => "50113, cause unknown: ",
        }).Append(Explanation);
        if (Difference is not null)
        {
            builder.AppendLine().Append(Difference.ToString());
        }

        if (Outcome == OkxSignatureOutcome.Unknown)
        {
            builder.AppendLine().Append("  OKX hashes: ").Append(TextExcerpt.Escape(SentText, 400));
        }

        return builder.ToString();
    }
}
