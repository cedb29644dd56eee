using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OkxGen.WebSockets;

namespace OkxGen;

/// <summary>Fails the named WebSocket options when their section holds a malformed key; with <c>ValidateOnStart</c>, the host refuses to start.</summary>
internal sealed class OkxWebSocketConfigurationValidator(string optionsName, IConfiguration section) : IValidateOptions<OkxWebSocketOptions>
{
    public ValidateOptionsResult Validate(string? name, OkxWebSocketOptions options)
    {
        if (name != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        List<string> errors = OkxWebSocketConfiguration.Apply(section, new OkxWebSocketOptions());
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
