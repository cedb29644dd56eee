namespace OkxGen.Testing.Responses;

/// <summary>Registers every built-in answer.</summary>
internal static class DefaultResponses
{
    public static void Register(ResponseRouter router, OrderIdSource orderIds)
    {
        PublicDefaults.Register(router);
        MarketDefaults.Register(router);
        AccountDefaults.Register(router);
        TradeDefaults.Register(router, orderIds);
    }
}
