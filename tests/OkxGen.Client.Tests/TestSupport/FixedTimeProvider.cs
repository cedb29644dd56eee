using System;

namespace OkxGen.Client.Tests.TestSupport;

/// <summary>A clock that reads a set time, so that timestamps and signatures are known in advance.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
