namespace OkxGen.Doctor;

/// <summary>What the doctor found.</summary>
public enum OkxSignatureOutcome
{
    /// <summary>The signature matches the request as sent: OKX accepts it (a 50113 then came from another request or another key).</summary>
    Valid,

    /// <summary>A known mistake, or two together, reproduces the captured signature.</summary>
    Diagnosed,

    /// <summary>None of the known mistakes reproduces the signature: compare the text OKX hashes with the text your code signed.</summary>
    Unknown,
}
