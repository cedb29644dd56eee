using System.Collections.Generic;
using System.Text;

namespace OkxGen.Doctor.Search;

/// <summary>The key, used in the forms configuration mistakes produce.</summary>
internal static class KeyMistakes
{
    public static IEnumerable<Mistake> For(string secretKey, string? passphrase)
    {
        yield return Make(OkxSignatureCause.SecretWhitespace, "the secret followed by a newline", secretKey + "\n");
        yield return Make(OkxSignatureCause.SecretWhitespace, "the secret followed by '\\r\\n'", secretKey + "\r\n");
        yield return Make(OkxSignatureCause.SecretWhitespace, "the secret followed by a space", secretKey + " ");
        yield return Make(OkxSignatureCause.SecretWhitespace, "the secret preceded by a space", " " + secretKey);
        string trimmed = secretKey.Trim();
        if (trimmed.Length != secretKey.Length)
        {
            yield return Make(OkxSignatureCause.SecretWhitespace, "the secret trimmed of surrounding whitespace", trimmed);
        }

        if (!string.IsNullOrEmpty(passphrase))
        {
            yield return Make(OkxSignatureCause.PassphraseAsSecret, "the passphrase in place of the secret", passphrase);
        }
    }

    // The description never contains the key itself: diagnoses are printed and logged.
    private static Mistake Make(OkxSignatureCause cause, string description, string key) =>
        new(cause, MistakePart.Key, description, Encoding.UTF8.GetBytes(key));
}
