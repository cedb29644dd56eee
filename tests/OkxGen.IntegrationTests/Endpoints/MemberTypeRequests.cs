using System;
using System.Collections.Generic;
using OkxGen;

namespace OkxGen.IntegrationTests.Endpoints;

// One member of each type issue 14 added (DateTimeOffset as Unix milliseconds, the integer types byte to ulong), in a
// body and in a query. The paths are not real OKX endpoints; member-types-vectors.json holds the expected bytes.

/// <summary>A POST body of every timestamp and integer type, plain and nullable.</summary>
[OkxEndpoint("POST", "/api/v5/test/member-types")]
public partial record MemberTypesBodyRequest
{
    public DateTimeOffset Begin { get; init; }
    public DateTimeOffset? End { get; init; }
    public byte U8 { get; init; }
    public sbyte I8 { get; init; }
    public short I16 { get; init; }
    public ushort U16 { get; init; }
    public uint U32 { get; init; }
    public ulong U64 { get; init; }
    public byte? NullableU8 { get; init; }
    public sbyte? NullableI8 { get; init; }
    public short? NullableI16 { get; init; }
    public ushort? NullableU16 { get; init; }
    public uint? NullableU32 { get; init; }
    public ulong? NullableU64 { get; init; }
    public IReadOnlyList<DateTimeOffset>? Times { get; init; }
    public IReadOnlyList<ulong>? Ids { get; init; }
}

/// <summary>The same members as query parameters.</summary>
[OkxEndpoint("GET", "/api/v5/test/member-types")]
public partial record MemberTypesQueryRequest
{
    public DateTimeOffset Begin { get; init; }
    public DateTimeOffset? End { get; init; }
    public byte U8 { get; init; }
    public sbyte I8 { get; init; }
    public short I16 { get; init; }
    public ushort U16 { get; init; }
    public uint U32 { get; init; }
    public ulong U64 { get; init; }
    public byte? NullableU8 { get; init; }
    public sbyte? NullableI8 { get; init; }
    public short? NullableI16 { get; init; }
    public ushort? NullableU16 { get; init; }
    public uint? NullableU32 { get; init; }
    public ulong? NullableU64 { get; init; }
    public IReadOnlyList<DateTimeOffset>? Times { get; init; }
    public IReadOnlyList<ulong>? Ids { get; init; }
}
