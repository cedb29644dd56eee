using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

// RateLimit, RateLimitWindowSeconds and RateLimitRule of [OkxEndpoint]: checked, the rule resolved, and the member the
// rule counts per (instId, ccy...) found among the root members.
internal sealed partial class EndpointParser
{
    // OkxRateLimitRule's members, by value.
    private static readonly string[] RateLimitRules =
    [
        "Default", "Ip", "User", "UserAndInstrument", "UserAndInstrumentFamily", "IpAndInstrument", "IpAndInstrumentFamily",
        "IpAndInstrumentType", "UserAndInstrumentType", "UserAndCurrency", "UserAndTag",
    ];

    private RateLimitSpec? ParseRateLimit(AttributeData attribute, bool isSigned, ObjectTypeSpec root)
    {
        int limit = 0;
        int windowSeconds = 2;
        int rule = 0;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key, argument.Value.Value)
            {
                case ("RateLimit", int value):
                    limit = value;
                    break;
                case ("RateLimitWindowSeconds", int value):
                    windowSeconds = value;
                    break;
                case ("RateLimitRule", int value):
                    rule = value;
                    break;
            }
        }

        if (limit < 0)
        {
            Report(EndpointProblemKind.InvalidRateLimit, NamedArgumentLocation(attribute, "RateLimit"), _endpoint.Name, $"RateLimit is {limit}; it counts requests, so it is 0 (no limit) or more");
        }

        if (windowSeconds <= 0)
        {
            Report(EndpointProblemKind.InvalidRateLimit, NamedArgumentLocation(attribute, "RateLimitWindowSeconds"), _endpoint.Name, $"RateLimitWindowSeconds is {windowSeconds}; the window is 1 second or more");
        }

        if (rule < 0 || rule >= RateLimitRules.Length)
        {
            Report(EndpointProblemKind.InvalidRateLimit, NamedArgumentLocation(attribute, "RateLimitRule"), _endpoint.Name, $"RateLimitRule {rule} is not a member of OkxRateLimitRule");
            return null;
        }

        if (limit <= 0 || windowSeconds <= 0)
        {
            return null;
        }

        string resolvedRule = rule != 0 ? RateLimitRules[rule] : isSigned ? "User" : "Ip";
        // As OkxRateLimit.KeyParameter names them.
        string? keyWireName = resolvedRule switch
        {
            "UserAndInstrument" or "IpAndInstrument" => "instId",
            "UserAndInstrumentFamily" or "IpAndInstrumentFamily" => "instFamily",
            "UserAndInstrumentType" or "IpAndInstrumentType" => "instType",
            "UserAndCurrency" => "ccy",
            "UserAndTag" => "tag",
            _ => null,
        };

        return new RateLimitSpec(limit, windowSeconds, resolvedRule, KeyProperty(root, keyWireName));
    }

    // Only a root string member can be read as the key; an array body (batch endpoints) has none.
    private string? KeyProperty(ObjectTypeSpec root, string? wireName)
    {
        if (wireName is null || _shape == RequestShape.ArrayBody)
        {
            return null;
        }

        foreach (MemberSpec member in root.Members)
        {
            if (member.EncodedName == wireName && member.Value.Kind == ValueKind.String)
            {
                return member.PropertyName;
            }
        }

        return null;
    }
}
