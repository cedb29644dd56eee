namespace OkxGen.Tool;

/// <summary>The tool's exit codes; <c>okxgen doctor</c> uses the first three for its outcomes.</summary>
internal static class ToolExitCodes
{
    /// <summary>Success; for <c>doctor</c>: the signature is valid.</summary>
    public const int Success = 0;

    /// <summary><c>doctor</c>: a known mistake reproduces the signature.</summary>
    public const int Diagnosed = 1;

    /// <summary><c>doctor</c>: no known mistake reproduces the signature.</summary>
    public const int Unknown = 2;

    /// <summary>The command line is wrong (EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>The input cannot be read (EX_DATAERR).</summary>
    public const int BadInput = 65;
}
