namespace OkxGen.Testing.WebSockets;

/// <summary>The outcome of one item of an order operation: its answer fields and, on success, the order after the change.</summary>
internal sealed record OrderItemResult(string OrdId, string ClOrdId, string Tag, string ReqId, string SCode, string SMsg, OrderSnapshot? Changed)
{
    public bool IsSuccess => SCode == OkxWebSocketErrorCodes.Success;

    public static OrderItemResult Failed(string ordId, string clOrdId, string tag, string reqId, string sCode, string sMsg) =>
        new(ordId, clOrdId, tag, reqId, sCode, sMsg, null);
}
