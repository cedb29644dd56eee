using System.Text.Json.Serialization;

namespace OkxGen.Benchmarks.Model;

/// <summary>
/// System.Text.Json source generation configured to write OKX's form: camelCase names, numbers as strings, enums by
/// their wire names, nulls omitted. Property order is declaration order, which <see cref="PlaceOrderRequest"/> keeps sorted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.WriteAsString,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlaceOrderRequest))]
[JsonSerializable(typeof(OrderOperationFrame))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
