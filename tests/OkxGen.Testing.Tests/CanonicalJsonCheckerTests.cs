using System.Text;
using OkxGen.Testing.Canonical;

namespace OkxGen.Testing.Tests;

public sealed class CanonicalJsonCheckerTests
{
    [Theory]
    [MemberData(nameof(VectorFile.PostNames), MemberType = typeof(VectorFile))]
    public void VectorBody_IsCanonical(string name)
    {
        byte[] body = Encoding.UTF8.GetBytes(VectorFile.Get(name).ExpectedBody);

        Assert.False(CanonicalJsonChecker.TryFindViolation(body, out CanonicalJsonViolation? violation), violation?.Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"a":[1,{"b":null,"c":true}],"d":"x y"}""")]
    [InlineData("""{"A":1,"_":2,"a":3}""")]
    [InlineData("""{"a":"\t\n keep whitespace inside strings"}""")]
    [InlineData("{\"\uFF21\":1,\"\U0001F680\":2}")]
    public void CanonicalText_HasNoViolation(string json)
    {
        Assert.False(CanonicalJsonChecker.TryFindViolation(Encoding.UTF8.GetBytes(json), out CanonicalJsonViolation? violation), violation?.Message);
    }

    [Theory]
    [InlineData("""{"a":1, "b":2}""", 7, "$.a")]
    [InlineData("""{"a" :1}""", 4, "$.a")]
    [InlineData("""{"a": 1}""", 5, "$.a")]
    [InlineData("""{"a\u0062" :1}""", 10, "$.ab")]
    [InlineData(""" {"a":1}""", 0, "$")]
    [InlineData("""{"a":1}""" + "\n", 7, "$")]
    [InlineData("""{"a":[1,2,	3]}""", 10, "$.a[1]")]
    [InlineData("{\r\n\"a\":1}", 1, "$")]
    public void Whitespace_IsReportedWithOffsetAndPath(string json, long offset, string path)
    {
        Assert.True(CanonicalJsonChecker.TryFindViolation(Encoding.UTF8.GetBytes(json), out CanonicalJsonViolation? violation));

        Assert.Equal(CanonicalJsonRule.Whitespace, violation.Rule);
        Assert.Equal(offset, violation.ByteOffset);
        Assert.Equal(path, violation.Path);
        Assert.Contains("whitespace", violation.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"b":1,"a":2}""", "$", "\"a\"")]
    [InlineData("""{"attachAlgoOrds":[{"tpOrdPx":"-1","slOrdPx":"-1"}],"instId":"X"}""", "$.attachAlgoOrds[0]", "\"slOrdPx\"")]
    [InlineData("""[{"a":1},{"b":1,"B":2}]""", "$[1]", "\"B\"")]
    [InlineData("""{"a":{"y":1,"x":2}}""", "$.a", "\"x\"")]
    public void UnsortedKeys_AreReportedWithTheObjectPath(string json, string path, string key)
    {
        Assert.True(CanonicalJsonChecker.TryFindViolation(Encoding.UTF8.GetBytes(json), out CanonicalJsonViolation? violation));

        Assert.Equal(CanonicalJsonRule.UnsortedKeys, violation.Rule);
        Assert.Equal(path, violation.Path);
        Assert.Contains(key, violation.Message, System.StringComparison.Ordinal);
        Assert.Contains("sorted", violation.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_IsReported()
    {
        Assert.True(CanonicalJsonChecker.TryFindViolation("""{"a":{"sz":"1","sz":"2"}}"""u8, out CanonicalJsonViolation? violation));

        Assert.Equal(CanonicalJsonRule.DuplicateKey, violation.Rule);
        Assert.Equal("$.a", violation.Path);
        Assert.Contains("duplicate key \"sz\"", violation.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedKeys_CompareUnescaped()
    {
        Assert.True(CanonicalJsonChecker.TryFindViolation("""{"\u0062":1,"a":2}"""u8, out CanonicalJsonViolation? violation));

        Assert.Equal(CanonicalJsonRule.UnsortedKeys, violation.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":1}x""")]
    [InlineData("""{"a":1}{}""")]
    [InlineData("""{"a":1}/*c*/""")]
    public void InvalidJson_IsReported(string json)
    {
        Assert.True(CanonicalJsonChecker.TryFindViolation(Encoding.UTF8.GetBytes(json), out CanonicalJsonViolation? violation));

        Assert.Equal(CanonicalJsonRule.InvalidJson, violation.Rule);
        Assert.StartsWith("invalid JSON", violation.Message, System.StringComparison.Ordinal);
    }
}
