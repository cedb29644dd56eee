using System.Threading.Tasks;

namespace OkxGen.WebSockets.Connection;

/// <summary>A request sent with an <c>id</c> and waiting for OKX's answer: the answer is copied out of the receive buffer.</summary>
internal sealed class PendingRequest(string op, Session session)
{
    public string Op { get; } = op;

    public Session Session { get; } = session;

    public TaskCompletionSource<byte[]> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOrderOperation => Op is not ("subscribe" or "unsubscribe");
}
