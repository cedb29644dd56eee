namespace OkxGen.Testing.Faults;

/// <summary>A fault and how many more requests it applies to.</summary>
internal sealed class PendingFault
{
    public PendingFault(OkxFault fault, int remaining)
    {
        Fault = fault;
        Remaining = remaining;
    }

    public OkxFault Fault { get; }

    public int Remaining { get; set; }
}
