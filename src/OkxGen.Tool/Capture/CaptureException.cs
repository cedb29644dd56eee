using System;

namespace OkxGen.Tool.Capture;

/// <summary>A captured request that cannot be read; the message is one line that says why.</summary>
internal sealed class CaptureException : Exception
{
    public CaptureException(string message)
        : base(message)
    {
    }

    public CaptureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
