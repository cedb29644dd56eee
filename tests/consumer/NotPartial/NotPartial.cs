using OkxGen;

namespace Consumer;

// OKX001: the generator cannot add the serializer to a type that is not partial, so the build fails.
[OkxEndpoint("POST", "/api/v5/trade/cancel-order")]
public record CancelOrderRequest
{
    public required string InstId { get; init; }
}
