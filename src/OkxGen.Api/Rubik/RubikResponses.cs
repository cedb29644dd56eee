// Written by tools/okx-api/generate.py from tools/okx-api/spec: edit the spec and run the script again.

namespace OkxGen.Api.Rubik;

/// <summary>An item of OKX's <c>data</c> array (supported coins).</summary>
public sealed record SupportedCoins
{
    /// <summary>OKX's <c>contract</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? Contract { get; init; }

    /// <summary>OKX's <c>option</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? Option { get; init; }

    /// <summary>OKX's <c>spot</c>.</summary>
    public global::System.Collections.Generic.IReadOnlyList<string>? Spot { get; init; }
}
