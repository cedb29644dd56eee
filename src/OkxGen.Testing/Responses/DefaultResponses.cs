using OkxGen.Testing.Orders;

namespace OkxGen.Testing.Responses;

/// <summary>Registers every built-in answer.</summary>
internal static class DefaultResponses
{
    public static void Register(ResponseRouter router, OrderBook orders)
    {
        PublicDefaults.Register(router);
        MarketDefaults.Register(router);
        AccountDefaults.Register(router);
        AssetDefaults.Register(router);
        TradeDefaults.Register(router, orders);
    }
}
