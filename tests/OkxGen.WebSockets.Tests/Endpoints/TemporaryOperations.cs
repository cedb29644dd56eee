using System.Threading;
using System.Threading.Tasks;

namespace OkxGen.WebSockets.Tests.Endpoints;

// Stand-ins for the methods the generator writes from WebSocketOp (removed once the generator emits them).
internal static class TemporaryOperations
{
    public static Task<OkxResponse<OrderAck>> PlaceOrderAsync(this OkxWebSocketClient client, PlaceOrderRequest request, CancellationToken cancellationToken = default) =>
        client.SendOperationAsync(request, "order", OrderAckOkxReader.Instance, cancellationToken);

    public static Task<OkxResponse<OrderAck>> PlaceBatchOrdersAsync(this OkxWebSocketClient client, PlaceBatchOrdersRequest request, CancellationToken cancellationToken = default) =>
        client.SendOperationAsync(request, "batch-orders", OrderAckOkxReader.Instance, cancellationToken);

    public static Task<OkxResponse<OrderAck>> CancelOrderAsync(this OkxWebSocketClient client, CancelOrderRequest request, CancellationToken cancellationToken = default) =>
        client.SendOperationAsync(request, "cancel-order", OrderAckOkxReader.Instance, cancellationToken);
}
