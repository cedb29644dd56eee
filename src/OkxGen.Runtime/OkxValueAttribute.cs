using System;

namespace OkxGen;

/// <summary>
/// Sets the wire value of an enum member. Without it, a member is written as its name in lower snake case
/// (<c>OptimalLimitIoc</c> is written <c>optimal_limit_ioc</c>).
/// </summary>
/// <example>
/// <code>
/// public enum InstrumentType { [OkxValue("SPOT")] Spot, [OkxValue("SWAP")] Swap }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class OkxValueAttribute : Attribute
{
    /// <summary>Sets the wire value.</summary>
    /// <param name="value">The exact text OKX expects for this member.</param>
    public OkxValueAttribute(string value) => Value = value;

    /// <summary>Gets the exact text OKX expects for this member.</summary>
    public string Value { get; }
}
