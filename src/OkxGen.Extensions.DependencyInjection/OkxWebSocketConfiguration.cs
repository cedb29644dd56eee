using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using OkxGen.WebSockets;

namespace OkxGen;

/// <summary>
/// Reads the WebSocket keys of an account's configuration section by hand (trimming and Native-AOT safe); the
/// credentials and the rest come from the account's <see cref="OkxClientOptions"/>. Messages name the key, never its value.
/// </summary>
internal static class OkxWebSocketConfiguration
{
    internal const string WebSocketAddress = "WebSocketAddress";

    /// <summary>Sets the options the section holds and returns one message per malformed key.</summary>
    internal static List<string> Apply(IConfiguration section, OkxWebSocketOptions options)
    {
        var errors = new List<string>();
        string? address = section[WebSocketAddress];
        if (!string.IsNullOrWhiteSpace(address))
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out Uri? value) && value.Scheme is "wss" or "ws" or "https" or "http" && value.Query.Length == 0)
            {
                options.BaseAddress = value;
            }
            else
            {
                string path = section is IConfigurationSection named ? named.Path + ":" : "";
                errors.Add($"{path}{WebSocketAddress} is not an absolute wss, ws, https or http address without a query.");
            }
        }

        return errors;
    }
}
