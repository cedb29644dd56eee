using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OkxGen.SourceGeneration.Parsing;

/// <summary>The reasons the generator cannot serve a declaration. OkxGen.Analyzers maps each to its diagnostic.</summary>
internal enum EndpointProblemKind
{
    /// <summary>The type, or a type containing it, is not <c>partial</c> (arguments: the type's name).</summary>
    NotPartial,

    /// <summary>The method is not <c>GET</c> or <c>POST</c> (arguments: the method).</summary>
    InvalidMethod,

    /// <summary>The path does not start with <c>/api/v5/</c>, or holds <c>?</c>, <c>#</c> or whitespace (arguments: the path).</summary>
    InvalidPath,

    /// <summary>A member's type cannot be written (arguments: the member, its type).</summary>
    UnsupportedMemberType,

    /// <summary>Two members share one wire name (arguments: the wire name, the first member, the second member).</summary>
    DuplicateWireName,

    /// <summary>A <c>GET</c> member is an object or a list of objects or lists (arguments: the member, its type).</summary>
    ComplexQueryMember,

    /// <summary><c>[OkxBody]</c> is misused (arguments: the endpoint type, what is wrong).</summary>
    InvalidBodyMember,

    /// <summary>The <c>Response</c> type cannot be read (arguments: the type or member, what is wrong).</summary>
    UnreadableResponse,

    /// <summary>A member is a <c>double</c> or <c>float</c>, which has no exact decimal spelling (arguments: the member, its type).</summary>
    BinaryFloatingPointMember,

    /// <summary>A member of the type, or of a base type, has the name of a generated member (arguments: the member, the generated name).</summary>
    GeneratedMemberCollision,

    /// <summary>The type, or a type containing it, is generic (arguments: the type's name).</summary>
    GenericEndpoint,

    /// <summary>A warning: a list's elements are declared nullable, and a null element throws when written (arguments: the member, the element type).</summary>
    NullableListElement,

    /// <summary><c>RateLimit</c>, <c>RateLimitWindowSeconds</c> or <c>RateLimitRule</c> is out of range (arguments: the endpoint type, what is wrong).</summary>
    InvalidRateLimit,

    /// <summary>An <c>[OkxChannel]</c> names no channel (arguments: the type's name).</summary>
    EmptyChannelName,

    /// <summary>An <c>[OkxChannel]</c>'s <c>Push</c> type is missing or cannot be read (arguments: the type, what is wrong).</summary>
    UnreadablePushType,

    /// <summary><c>WebSocketOp</c> is set on a <c>GET</c> endpoint (arguments: the operation).</summary>
    WebSocketOpOnGet,

    /// <summary><c>WebSocketOp</c> is not one of OKX's order operations (arguments: the operation).</summary>
    UnknownWebSocketOp,
}

/// <summary>One reason a declaration cannot be served, with where to report it.</summary>
internal readonly struct EndpointProblem
{
    public EndpointProblem(EndpointProblemKind kind, Location? location, params string[] arguments)
    {
        Kind = kind;
        Location = location;
        Arguments = ImmutableArray.Create(arguments);
    }

    public EndpointProblemKind Kind { get; }

    public Location? Location { get; }

    public ImmutableArray<string> Arguments { get; }

    /// <summary>Gets whether the generator skips the declaration for this problem; otherwise it is a warning.</summary>
    public bool IsError => Kind != EndpointProblemKind.NullableListElement;
}
