using OkxGen;

namespace OkxGen.Sample.Endpoints;

/// <summary>Reads OKX's clock. <c>OkxClient.SyncTimeAsync</c> sends this for you.</summary>
[OkxEndpoint("GET", "/api/v5/public/time", Signed = false, Response = typeof(ServerTime))]
public partial record GetServerTimeRequest;

/// <summary>Lists instruments of a type.</summary>
[OkxEndpoint("GET", "/api/v5/public/instruments", Signed = false, Response = typeof(Instrument))]
public partial record GetInstrumentsRequest
{
    public required InstrumentType InstType { get; init; }
    public string? InstId { get; init; }
}
