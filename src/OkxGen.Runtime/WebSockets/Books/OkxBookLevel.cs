namespace OkxGen.WebSockets;

/// <summary>
/// One price level, <c>["8476.98","415","0","13"]</c>: OKX's strings, kept as sent (the checksum is computed over
/// them), and their values.
/// </summary>
/// <param name="Price">The price as OKX wrote it.</param>
/// <param name="Size">The size as OKX wrote it (contracts for derivatives, base currency for spot).</param>
/// <param name="OrderCount">The number of orders at the price, as OKX wrote it.</param>
/// <param name="PriceValue">The price.</param>
/// <param name="SizeValue">The size.</param>
public readonly record struct OkxBookLevel(string Price, string Size, string OrderCount, decimal PriceValue, decimal SizeValue);
