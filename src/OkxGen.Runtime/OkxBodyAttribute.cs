using System;

namespace OkxGen;

/// <summary>
/// Marks the one list member of a <c>POST</c> endpoint whose elements form the whole body, for endpoints such as
/// <c>/api/v5/trade/batch-orders</c> whose body is a JSON array rather than an object.
/// </summary>
/// <example>
/// <code>
/// [OkxEndpoint("POST", "/api/v5/trade/batch-orders")]
/// public partial record PlaceBatchOrdersRequest
/// {
///     [OkxBody] public required IReadOnlyList&lt;PlaceOrderRequest&gt; Orders { get; init; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class OkxBodyAttribute : Attribute
{
}
