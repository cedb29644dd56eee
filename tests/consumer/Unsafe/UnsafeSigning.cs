using System.Text.Json;
using OkxGen;

namespace Consumer;

// The mistake the analyzers exist for: a reflection serializer (declaration order, not sorted: OKX010) with indented
// output (OKX011) whose text is signed.
public static class UnsafeSigning
{
    public static string Sign(string secret, string timestamp)
    {
        var order = new PlaceOrderRequest { InstId = "BTC-USDT", TdMode = "cash", Side = OrderSide.Buy, OrdType = OrderType.Market, Sz = 1m };
        string body = JsonSerializer.Serialize(order, new JsonSerializerOptions { WriteIndented = true });
        return OkxSigner.Sign(secret, timestamp, "POST", "/api/v5/trade/order", body);
    }
}
