namespace OkxGen.Testing;

/// <summary>The order states the <see cref="OkxTestServer"/>'s order book uses, spelled as OKX writes them.</summary>
public static class OkxOrderStates
{
    /// <summary>On the book, no fill yet.</summary>
    public const string Live = "live";

    /// <summary>On the book, partly filled.</summary>
    public const string PartiallyFilled = "partially_filled";

    /// <summary>Completely filled; off the book.</summary>
    public const string Filled = "filled";

    /// <summary>Cancelled; off the book.</summary>
    public const string Canceled = "canceled";
}
