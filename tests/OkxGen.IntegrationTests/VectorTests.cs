using OkxGen.IntegrationTests.TestSupport;

namespace OkxGen.IntegrationTests;

/// <summary>
/// The generated serializers of the declared endpoints, checked byte for byte against the shared OKX vectors:
/// body, request path, prehash and signature. A vector without a builder fails.
/// </summary>
public sealed class VectorTests
{
    [Theory]
    [MemberData(nameof(VectorFile.NamesIn), VectorFile.Shared, MemberType = typeof(VectorFile))]
    public void SharedVector_BodyPathPrehashAndSignatureMatch(string name)
    {
        SigningVector vector = VectorFile.Get(VectorFile.Shared, name);

        VectorAssert.Matches(vector, VectorRequests.Build(vector));
    }

    [Fact]
    public void SharedVectorFile_CoversEveryShape()
    {
        // Guards against a truncated copy of the file: the shapes the core issue names must all be there.
        TheoryData<string> names = VectorFile.NamesIn(VectorFile.Shared);

        Assert.True(names.Count >= 9, $"Only {names.Count} vectors in {VectorFile.Shared}.");
    }
}
