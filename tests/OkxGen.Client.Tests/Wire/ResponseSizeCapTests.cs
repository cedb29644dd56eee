using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OkxGen.Client.Tests.Endpoints;
using OkxGen.Client.Tests.TestSupport;

namespace OkxGen.Client.Tests.Wire;

/// <summary>The answer's body is capped like the request's (<see cref="OkxClientOptions.MaxResponseSize"/>).</summary>
public sealed class ResponseSizeCapTests
{
    private static readonly byte[] EmptyOk = """{"code":"0","msg":"","data":[]}"""u8.ToArray();

    [Fact]
    public async Task HugeAnswerWithoutLength_IsRefusedAtTheDefaultCap_NamingTheCapAndTheEndpoint()
    {
        // 64 MiB that never exist at once: JSON that would be valid, padded with spaces, produced as it is read.
        var body = new GeneratedStream(EmptyOk, totalLength: 64L * 1024 * 1024);
        var content = new StreamContent(body);
        Assert.Null(content.Headers.ContentLength);
        OkxClient client = ClientFactory.Create(new StubHandler(content));

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None));

        Assert.Contains("GET /api/v5/account/balance", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OkxClientOptions.MaxResponseSize, 16777216 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.StartsWith("{\"code\":\"0\"", exception.BodyPrefix, StringComparison.Ordinal);
        Assert.Equal(OkxClientOptions.DefaultMaxResponseSize + 1, body.Position);
    }

    [Fact]
    public async Task AnswerDeclaringALengthOverTheCap_IsRefusedBeforeItsBodyIsRead()
    {
        var body = new GeneratedStream(EmptyOk, totalLength: 5000);
        var content = new StreamContent(body);
        content.Headers.ContentLength = 5000;
        OkxClient client = ClientFactory.Create(new StubHandler(content), options => options.MaxResponseSize = 1000);

        OkxResponseException exception = await Assert.ThrowsAsync<OkxResponseException>(
            () => client.GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None));

        Assert.Contains("GET /api/v5/account/balance", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OkxClientOptions.MaxResponseSize, 1000 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("declares 5000 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, body.Position);
    }

    [Fact]
    public async Task AnswerOfExactlyTheCap_IsRead()
    {
        const int Cap = 3000;
        OkxClient client = ClientFactory.Create(
            new StubHandler(new StreamContent(new GeneratedStream(EmptyOk, totalLength: Cap))),
            options => options.MaxResponseSize = Cap);

        OkxResponse<AccountBalance> response = await client.GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None);

        Assert.Equal("0", response.Code);
        Assert.Empty(response.Data);
    }

    [Fact]
    public async Task AnswerOneByteOverTheCap_IsRefused()
    {
        const int Cap = 3000;
        OkxClient client = ClientFactory.Create(
            new StubHandler(new StreamContent(new GeneratedStream(EmptyOk, totalLength: Cap + 1))),
            options => options.MaxResponseSize = Cap);

        await Assert.ThrowsAsync<OkxResponseException>(() => client.GetBalanceAsync(new GetBalanceRequest(), CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_RejectACapThatIsNotPositive(int cap) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientFactory.Create(new StubHandler(""), options => options.MaxResponseSize = cap));

    /// <summary>A read-only stream of <paramref name="prefix"/> followed by spaces, up to a length, made as it is read.</summary>
    private sealed class GeneratedStream(byte[] prefix, long totalLength) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int count = (int)Math.Min(buffer.Length, totalLength - _position);
            for (int i = 0; i < count; i++)
            {
                long at = _position + i;
                buffer[i] = at < prefix.Length ? prefix[at] : (byte)' ';
            }

            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
