using System;

namespace OkxGen.Testing.WebSockets;

/// <summary>An order as the order desk holds it after a change; what the <c>orders</c> channel pushes.</summary>
internal sealed record OrderSnapshot(
    string ApiKey,
    string OrdId,
    string ClOrdId,
    string Tag,
    string InstId,
    string InstIdCode,
    string Side,
    string OrdType,
    string TdMode,
    string Px,
    string Sz,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string ReqId = "")
{
    /// <summary>SPOT, SWAP, FUTURES or OPTION from the instrument id's shape; SPOT when only <c>instIdCode</c> was sent.</summary>
    public string InstType => InstId switch
    {
        _ when InstId.EndsWith("-SWAP", StringComparison.Ordinal) => "SWAP",
        _ when InstId.EndsWith("-C", StringComparison.Ordinal) || InstId.EndsWith("-P", StringComparison.Ordinal) => "OPTION",
        _ when InstId.Split('-').Length == 3 => "FUTURES",
        _ => "SPOT",
    };
}
