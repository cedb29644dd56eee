using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using OkxGen.RateLimiting.Tests.TestSupport;
using OkxGen.Testing;

namespace OkxGen.RateLimiting.Tests;

/// <summary>OKX's rate-limit answers come back typed, once: the client never sends them again by itself.</summary>
public sealed class RateLimitedResponseTests
{
    [Theory]
    [InlineData("50011", 429)]
    [InlineData("50011", 200)]
    [InlineData("50061", 200)]
    public async Task RateLimitCodes_AreTyped_AndNotRetried(string code, int status)
    {
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(new FakeTimeProvider(RateLimitedServer.Start));
        okx.Server.Respond("GET", "/api/v5/account/balance", _ => OkxTestResponse.Error(code, "Rate limit reached.", status));
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Wait);

        OkxResponse<JsonElement> response = await client.GetBalanceAsync(new GetBalanceRequest());

        Assert.Equal((code, (HttpStatusCode)status, true, false), (response.Code, response.StatusCode, response.IsRateLimited, response.IsSuccess));
        Assert.Single(okx.Server.Requests);
        Assert.Equal(code, Assert.Throws<OkxApiException>(() => response.EnsureSuccess()).Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50013")]
    [InlineData("51000")]
    public void OtherCodes_AreNotRateLimited(string code) =>
        Assert.False(new OkxResponse<int>(code, "", [], [], HttpStatusCode.OK).IsRateLimited);

    [Fact]
    public async Task ServerEnforcement_Answers50011WithHttp200_WhenAsked()
    {
        await using RateLimitedServer okx = await RateLimitedServer.StartAsync(new FakeTimeProvider(RateLimitedServer.Start));
        okx.Server.EnforceRateLimit(GetBalanceRequest.Endpoint, HttpStatusCode.OK);
        OkxClient client = okx.CreateClient(OkxRateLimitMode.Off);
        for (int i = 0; i < 10; i++)
        {
            Assert.True((await client.GetBalanceAsync(new GetBalanceRequest())).IsSuccess);
        }

        OkxResponse<JsonElement> refused = await client.GetBalanceAsync(new GetBalanceRequest());

        Assert.Equal(("50011", HttpStatusCode.OK, true), (refused.Code, refused.StatusCode, refused.IsRateLimited));
    }
}
