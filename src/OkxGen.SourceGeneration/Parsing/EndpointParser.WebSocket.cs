using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using OkxGen.SourceGeneration.Model;
using OkxGen.SourceGeneration.Text;

using static OkxGen.SourceGeneration.Parsing.SymbolFacts;

namespace OkxGen.SourceGeneration.Parsing;

// The WebSocket surface on the same parser: WebSocketOp on [OkxEndpoint], and [OkxChannel] arguments written by the
// canonical writer with their push type read by the response reader generator.
internal sealed partial class EndpointParser
{
    public const string ChannelAttributeName = "OkxGen.WebSockets.OkxChannelAttribute";

    /// <summary>OKX's order operations over <c>/ws/v5/private</c>.</summary>
    public static readonly ImmutableArray<string> WebSocketOps = ImmutableArray.Create(
        "order", "batch-orders", "cancel-order", "batch-cancel-orders", "amend-order", "batch-amend-orders", "mass-cancel");

    private static readonly string[] WebSocketEndpoints = ["Public", "Private", "Business"];

    /// <summary>Parses an <c>[OkxChannel]</c> type.</summary>
    /// <returns>The spec, or only problems when the generator cannot serve the declaration.</returns>
    public static ChannelParseResult ParseChannel(
        INamedTypeSymbol channel,
        AttributeData attribute,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var parser = new EndpointParser(channel, compilation, cancellationToken);
        ChannelSpec? spec = parser.ParseChannelDeclaration(attribute);
        return new ChannelParseResult(parser.ErrorCount == 0 ? spec : null, parser._problems.ToImmutableArray());
    }

    private void CheckWebSocketOp(string? op, string? method, AttributeData attribute)
    {
        if (op is null)
        {
            return;
        }

        if (!WebSocketOps.Contains(op))
        {
            Report(EndpointProblemKind.UnknownWebSocketOp, NamedArgumentLocation(attribute, "WebSocketOp"), op);
        }
        else if (method == "GET")
        {
            Report(EndpointProblemKind.WebSocketOpOnGet, NamedArgumentLocation(attribute, "WebSocketOp"), op);
        }
    }

    private ChannelSpec? ParseChannelDeclaration(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return null;
        }

        string? channel = attribute.ConstructorArguments[0].Value as string;
        string endpoint = "Public";
        INamedTypeSymbol? pushType = null;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key, argument.Value.Value)
            {
                case ("Endpoint", int value) when value >= 0 && value < WebSocketEndpoints.Length:
                    endpoint = WebSocketEndpoints[value];
                    break;
                case ("Push", INamedTypeSymbol type):
                    pushType = type;
                    break;
            }
        }

        CheckPartial();
        CheckNotGeneric();
        if (string.IsNullOrWhiteSpace(channel))
        {
            Report(EndpointProblemKind.EmptyChannelName, ArgumentLocation(attribute, 0, "channel"), _endpoint.Name);
        }

        _shape = RequestShape.ObjectBody;
        ObjectTypeSpec root = ParseRoot();
        foreach (MemberSpec member in root.Members)
        {
            if (member.EncodedName == "channel")
            {
                Report(EndpointProblemKind.DuplicateWireName, IdentifierLocation(_endpoint), "channel", "the channel name", member.DisplayName);
            }
        }

        ResponseSpec? push = ParsePush(pushType, attribute);
        if (ErrorCount > 0 || channel is null || push is null)
        {
            return null;
        }

        return new ChannelSpec(
            DeclarationParser.Parse(_endpoint),
            channel,
            "\"" + CanonicalText.EscapeJson(channel) + "\"",
            endpoint,
            root,
            _objectTypes.ToImmutableEquatableArray(),
            _enumTypes.Values.ToImmutableEquatableArray(),
            push);
    }

    private ResponseSpec? ParsePush(INamedTypeSymbol? pushType, AttributeData attribute)
    {
        if (pushType is null)
        {
            Report(EndpointProblemKind.UnreadablePushType, IdentifierLocation(_endpoint), _endpoint.Name, "Push names no type; set Push = typeof(the type of one item of a push's data)");
            return null;
        }

        (ResponseSpec? spec, ImmutableArray<string> problems) = ResponseParser.Parse(pushType, _compilation);
        foreach (string problem in problems)
        {
            Report(EndpointProblemKind.UnreadablePushType, NamedArgumentLocation(attribute, "Push"), Display(pushType), problem);
        }

        return spec;
    }
}
