using OkxGen.Analyzers.Json;

namespace OkxGen.Analyzers.Tests.Flow;

/// <summary>The JSON reader behind OKX013 and its fix; <c>\0</c> stands for an interpolation hole.</summary>
public sealed class JsonTemplateTests
{
    [Theory]
    [InlineData("{\"a\":1,\"b\":[true,null,\"x y\"]}", false, false)]
    [InlineData("{\"a\": 1}", true, false)]
    [InlineData("{\"b\":1,\"a\":2}", false, true)]
    [InlineData("[{\"b\":1,\"a\":2}]", false, true)]
    [InlineData("{\"a\":\"\0\",\"b\":\0}", false, false)]
    [InlineData("{\"\0\":1,\"a\":2}", false, false)]
    [InlineData("\n  {\"sz\":\"1\",\n\"instId\":\"X\"}\n", true, true)]
    public void TryParse_ReportsWhitespaceAndOrder(string text, bool whitespace, bool unsorted)
    {
        JsonTemplate? template = JsonTemplate.TryParse(text);
        Assert.NotNull(template);
        Assert.Equal(whitespace, template.HasWhitespaceOutsideStrings);
        Assert.Equal(unsorted, template.HasUnsortedKeys);
    }

    [Theory]
    [InlineData("{0} is not JSON")]
    [InlineData("\"{\"")]
    [InlineData("{\"a\":1} trailing")]
    [InlineData("{\"a\":}")]
    [InlineData("plain text")]
    [InlineData("42")]
    public void TryParse_NotJson_Null(string text) => Assert.Null(JsonTemplate.TryParse(text));

    [Fact]
    public void Canonicalize_SortsEveryLevelKeepsStrings() => Assert.Equal(
        "{\"a\":[{\"x\":\"1 2\",\"y\":\"\\\"q\\\"\"}],\"b\":{\"c\":1,\"d\":2}}",
        JsonTemplate.Canonicalize("{ \"b\": { \"d\": 2, \"c\": 1 }, \"a\": [ { \"y\": \"\\\"q\\\"\", \"x\": \"1 2\" } ] }"));

    [Fact]
    public void RemoveWhitespaceOutsideStrings_KeepsHolesAndStringSpaces() => Assert.Equal(
        "{\"a\":\"\0 x\",\"b\":\0}",
        JsonTemplate.RemoveWhitespaceOutsideStrings("{ \"a\": \"\0 x\", \"b\": \0 }"));
}
