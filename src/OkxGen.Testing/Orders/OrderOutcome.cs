namespace OkxGen.Testing.Orders;

/// <summary>The result of one order operation, as OKX reports it per item: the ids, and <c>sCode</c>/<c>sMsg</c> (<c>"0"</c> on success).</summary>
internal readonly record struct OrderOutcome(string OrdId, string ClOrdId, string SCode, string SMsg)
{
    public bool IsSuccess => SCode == OkxErrorCodes.Success;

    public static OrderOutcome Success(OkxTestOrder order, string message = "") => new(order.OrdId, order.ClOrdId, OkxErrorCodes.Success, message);
}
