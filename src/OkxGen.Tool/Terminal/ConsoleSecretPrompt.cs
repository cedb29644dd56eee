using System;
using System.Text;

namespace OkxGen.Tool.Terminal;

/// <summary>Reads a secret from the terminal without echoing it.</summary>
internal static class ConsoleSecretPrompt
{
    public static string? Read(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            // Standard input carries the capture (or nothing can be typed): there is no terminal to ask.
            return null;
        }

        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
