using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OkxGen;

/// <summary>
/// Reads an account's <see cref="OkxClientOptions"/> from a configuration section by hand, key by key: no reflection
/// binding, so it is trimming and Native-AOT safe. Error messages name the key and never hold a value.
/// </summary>
internal static class OkxClientConfiguration
{
    internal const string ApiKey = "ApiKey";
    internal const string SecretKey = "SecretKey";
    internal const string Passphrase = "Passphrase";
    internal const string Simulated = "Simulated";
    internal const string BaseAddress = "BaseAddress";
    internal const string RequestExpiry = "RequestExpiry";
    internal const string Environment = "Environment";

    /// <summary>Sets the options the section holds and returns one message per missing or malformed key.</summary>
    internal static List<string> Apply(IConfiguration section, OkxClientOptions options)
    {
        string path = section is IConfigurationSection named ? named.Path + ":" : "";
        var errors = new List<string>();

        string? apiKey = Required(section, path, ApiKey, errors);
        string? secretKey = Required(section, path, SecretKey, errors);
        string? passphrase = Required(section, path, Passphrase, errors);
        if (apiKey is not null && secretKey is not null && passphrase is not null)
        {
            options.Credentials = new OkxCredentials(apiKey, secretKey, passphrase);
        }

        if (Optional(section, Simulated) is { } simulated)
        {
            if (bool.TryParse(simulated, out bool value))
            {
                options.Simulated = value;
            }
            else
            {
                errors.Add($"{path}{Simulated} is not 'true' or 'false'.");
            }
        }

        if (Optional(section, Environment) is { } environment)
        {
            if (KnownEnvironment(environment) is { } value)
            {
                options.Environment = value;
            }
            else
            {
                errors.Add($"{path}{Environment} is not one of OKX's sites: Global, Eea or Us (set {BaseAddress} for any other host).");
            }
        }

        // Read after the environment, and overriding it: OkxClientOptions.BaseAddress wins once set.
        if (Optional(section, BaseAddress) is { } baseAddress)
        {
            if (Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? value) && value.Scheme is "http" or "https" && value.Query.Length == 0)
            {
                options.BaseAddress = value;
            }
            else
            {
                errors.Add($"{path}{BaseAddress} is not an absolute http or https address without a query.");
            }
        }

        if (Optional(section, RequestExpiry) is { } requestExpiry)
        {
            if (TimeSpan.TryParse(requestExpiry, CultureInfo.InvariantCulture, out TimeSpan value) && value > TimeSpan.Zero)
            {
                options.RequestExpiry = value;
            }
            else
            {
                errors.Add($"{path}{RequestExpiry} is not a positive time span such as 00:00:05.");
            }
        }

        return errors;
    }

    private static OkxEnvironment? KnownEnvironment(string name) =>
        name.Equals("Global", StringComparison.OrdinalIgnoreCase) ? OkxEnvironment.Global
        : name.Equals("Eea", StringComparison.OrdinalIgnoreCase) ? OkxEnvironment.Eea
        : name.Equals("Us", StringComparison.OrdinalIgnoreCase) ? OkxEnvironment.Us
        : null;

    private static string? Required(IConfiguration section, string path, string key, List<string> errors)
    {
        string? value = Optional(section, key);
        if (value is null)
        {
            errors.Add($"{path}{key} is missing: an OKX account from configuration needs {ApiKey}, {SecretKey} and {Passphrase}.");
        }

        return value;
    }

    private static string? Optional(IConfiguration section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : section[key];
}
