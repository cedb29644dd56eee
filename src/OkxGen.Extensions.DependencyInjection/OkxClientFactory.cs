using System;
using Microsoft.Extensions.DependencyInjection;

namespace OkxGen;

/// <summary>Resolves named clients as the keyed services that <c>AddOkxClient(name, ...)</c> registers.</summary>
internal sealed class OkxClientFactory(IServiceProvider services) : IOkxClientFactory
{
    public OkxClient Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return services.GetKeyedService<OkxClient>(name) ?? throw new InvalidOperationException(
            $"No OkxClient is registered under the name '{name}': call services.AddOkxClient(\"{name}\", ...).");
    }
}
