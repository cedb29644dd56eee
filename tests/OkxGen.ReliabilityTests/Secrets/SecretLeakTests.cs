using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OkxGen.ReliabilityTests.Endpoints;
using OkxGen.ReliabilityTests.Support;
using OkxGen.Testing;
using Xunit.Abstractions;

namespace OkxGen.ReliabilityTests.Secrets;

/// <summary>The secret key and the passphrase never appear in text the library produces: ToString, messages, logs.</summary>
public sealed class SecretLeakTests(ITestOutputHelper output)
{
    [Fact]
    public void CredentialsAndOptions_ToString_HoldNeitherSecret()
    {
        using OkxCredentials credentials = TestKeys.Credentials();
        var options = new OkxClientOptions { Credentials = credentials, Logger = new CapturingLoggerProvider() };

        AssertClean(credentials.ToString(), "OkxCredentials.ToString()");
        AssertClean(options.ToString() ?? "", "OkxClientOptions.ToString()");
        AssertClean(new OkxClient(new HttpClient(), options).ToString() ?? "", "OkxClient.ToString()");
        AssertClean(new OkxCredentials("short", TestKeys.SecretKey, TestKeys.Passphrase).ToString(), "short key");
    }

    [Fact]
    public void InvalidCredentials_ThrowWithoutEchoingTheValues()
    {
        foreach (Func<OkxCredentials> create in new Func<OkxCredentials>[]
        {
            () => new OkxCredentials("", TestKeys.SecretKey, TestKeys.Passphrase),
            () => new OkxCredentials(TestKeys.ApiKey, TestKeys.SecretKey, ""),
            () => new OkxCredentials(TestKeys.ApiKey, "", TestKeys.Passphrase),
            () => new OkxCredentials(null!, TestKeys.SecretKey, TestKeys.Passphrase),
        })
        {
            AssertClean(Assert.ThrowsAny<ArgumentException>(create).ToString(), "credentials validation");
        }
    }

    [Fact]
    public async Task AWholeSessionLoggedAtTrace_WithFailures_NeverShowsTheSecretOrThePassphrase()
    {
        await using ServerSession session = await ServerSession.StartAsync();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOkxClient(options =>
        {
            options.BaseAddress = session.Server.BaseAddress;
            options.Credentials = TestKeys.Credentials();
            options.Simulated = true;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        OkxClient client = provider.GetRequiredService<OkxClient>();
        var texts = new List<string> { client.ToString()! };
        FuzzOrderRequest order = Faults.ServerFaultTests.Order("leak1");

        // Success, a query, the time sync, faults that throw, and then a key whose secret the server does not share.
        texts.Add((await client.SendAsync(order, CancellationToken.None)).ToString());
        texts.Add((await client.SendAsync(new FuzzQueryRequest { InstId = "BTC-USDT" }, CancellationToken.None)).ToString());
        texts.Add((await client.SyncTimeAsync(CancellationToken.None)).ToString());
        session.Server.InjectFault(OkxFault.MalformedJson());
        texts.Add((await Assert.ThrowsAsync<OkxResponseException>(() => client.SendAsync(order, CancellationToken.None))).ToString());
        session.Server.InjectFault(OkxFault.DroppedConnection());
        texts.Add((await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(order, CancellationToken.None))).ToString());
        texts.Add((await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(order with { Tag = "\uD800" }, CancellationToken.None))).ToString());
        session.Server.AddKey(TestKeys.ApiKey, "a-different-secret-the-server-holds", TestKeys.Passphrase, demo: true);
        OkxResponse<JsonElement> rejected = await client.SendAsync(order, CancellationToken.None);
        Assert.Equal("50113", rejected.Code);
        texts.Add(rejected.ToString());
        OkxApiException apiException = Assert.Throws<OkxApiException>(() => rejected.EnsureSuccess());
        texts.Add(apiException.ToString());
        texts.Add(apiException.Msg);

        Assert.Contains(logs.Lines, line => line.Contains("50113", StringComparison.Ordinal));
        Assert.True(logs.Lines.Count >= 10, "the session logged " + logs.Lines.Count + " lines");
        output.WriteLine(logs.Lines.Count + " log lines scanned");
        foreach (string line in logs.Lines.Concat(texts))
        {
            AssertClean(line, "session output");
        }

        // The scan can fail: the headers really carried the passphrase on the wire.
        Assert.Contains(session.Server.Requests, r => r.GetHeader("OK-ACCESS-PASSPHRASE") == TestKeys.Passphrase);
    }

    [Fact]
    public void ToString_OfEveryConstructiblePublicRuntimeType_HoldsNeitherSecret()
    {
        using OkxCredentials credentials = TestKeys.Credentials();
        Assembly runtime = typeof(OkxClient).Assembly;
        var constructed = new List<string>();
        foreach (Type exported in runtime.GetExportedTypes())
        {
            Type? type = Close(exported);
            if (type is null || type.IsAbstract || type.IsInterface || type.IsByRefLike || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (ConstructorInfo constructor in type.GetConstructors().Where(c => !c.GetParameters().Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsByRef || p.ParameterType.IsPointer)))
            {
                object?[] arguments = constructor.GetParameters().Select(p => Argument(p, credentials)).ToArray();
                object instance;
                try
                {
                    instance = constructor.Invoke(arguments);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                foreach (PropertyInfo property in type.GetProperties().Where(p => p.CanWrite && p.PropertyType == typeof(OkxCredentials)))
                {
                    property.SetValue(instance, credentials);
                }

                AssertClean(instance.ToString() ?? "", type.Name + ".ToString()");
                constructed.Add(type.Name);
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0))
            {
                AssertClean(property.GetValue(null)?.ToString() ?? "", type.Name + "." + property.Name);
            }
        }

        output.WriteLine("Constructed: " + string.Join(", ", constructed.Distinct()));
        Assert.Contains(nameof(OkxCredentials), constructed);
        Assert.Contains(nameof(OkxClientOptions), constructed);
        Assert.Contains(nameof(OkxClient), constructed);
        Assert.Contains(nameof(OkxApiException), constructed);
        Assert.Contains(nameof(OkxResponseException), constructed);
        Assert.Contains("OkxResponse`1", constructed);
    }

    private static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        try
        {
            return type.MakeGenericType(type.GetGenericArguments().Select(_ => typeof(JsonElement)).ToArray());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Parameters named for a secret get the secret: a type that stored and printed one would be caught.
    private static object? Argument(ParameterInfo parameter, OkxCredentials credentials)
    {
        string name = parameter.Name ?? "";
        Type type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return name.Contains("secret", StringComparison.OrdinalIgnoreCase) ? TestKeys.SecretKey
                : name.Contains("passphrase", StringComparison.OrdinalIgnoreCase) ? TestKeys.Passphrase
                : name.Contains("method", StringComparison.OrdinalIgnoreCase) ? "POST"
                : name.Contains("path", StringComparison.OrdinalIgnoreCase) ? "/api/v5/trade/order"
                : "value";
        }

        if (type == typeof(OkxCredentials))
        {
            return credentials;
        }

        if (type == typeof(OkxClientOptions))
        {
            return new OkxClientOptions { Credentials = credentials };
        }

        if (type == typeof(HttpClient))
        {
            return new HttpClient();
        }

        if (type == typeof(Exception))
        {
            return new InvalidOperationException("inner");
        }

        if (type == typeof(HttpStatusCode) || type == typeof(HttpStatusCode?))
        {
            return HttpStatusCode.Unauthorized;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    private static void AssertClean(string text, string source)
    {
        Assert.False(text.Contains(TestKeys.SecretKey, StringComparison.Ordinal), $"{source} shows the secret key: {text}");
        Assert.False(text.Contains(TestKeys.Passphrase, StringComparison.Ordinal), $"{source} shows the passphrase: {text}");
    }
}
