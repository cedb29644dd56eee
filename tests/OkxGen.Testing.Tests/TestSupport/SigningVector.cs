namespace OkxGen.Testing.Tests;

/// <summary>One signing vector of <c>Vectors/vectors.json</c>.</summary>
public sealed record SigningVector(
    string Name,
    string SecretKey,
    string Timestamp,
    string Method,
    string ExpectedBody,
    string ExpectedRequestPath,
    string ExpectedPrehash,
    string ExpectedSign);
