namespace OkxGen;

/// <summary>
/// An OKX V5 request whose response items are read as <typeparamref name="TResponse"/>. The generator implements it on
/// every <see cref="OkxEndpointAttribute"/> type: with the reader of <see cref="OkxEndpointAttribute.Response"/>, or
/// with <see cref="OkxResponseReader.JsonElement"/> when no response type is declared.
/// </summary>
/// <typeparam name="TResponse">The element type of the response's <c>data</c> array.</typeparam>
public interface IOkxRequest<TResponse> : IOkxRequest
{
    /// <summary>Gets the reader of one item of the response's <c>data</c> array.</summary>
    OkxResponseReader<TResponse> ResponseReader { get; }
}
