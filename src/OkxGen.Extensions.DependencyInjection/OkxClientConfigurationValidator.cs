using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace OkxGen;

/// <summary>
/// Fails the named options when their configuration section misses a credential or holds a malformed value; with
/// <c>ValidateOnStart</c>, the host refuses to start. The messages name the keys, never their values.
/// </summary>
internal sealed class OkxClientConfigurationValidator(string optionsName, IConfiguration section) : IValidateOptions<OkxClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OkxClientOptions options)
    {
        if (name != optionsName)
        {
            return ValidateOptionsResult.Skip;
        }

        // Read again into a scratch copy: the messages come from the same reader that configured the options.
        var scratch = new OkxClientOptions();
        List<string> errors = OkxClientConfiguration.Apply(section, scratch);
        scratch.Credentials?.Dispose();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
