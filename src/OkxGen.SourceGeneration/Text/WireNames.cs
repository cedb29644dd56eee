using System.Text;

namespace OkxGen.SourceGeneration.Text;

/// <summary>The default wire names: camelCase for properties, lower snake_case for enum members.</summary>
internal static class WireNames
{
    /// <summary>
    /// Converts a property name to camelCase by System.Text.Json's rule, so that a type shared with
    /// <c>JsonNamingPolicy.CamelCase</c> gets the same names: <c>ClOrdId</c> is <c>clOrdId</c>, <c>SCode</c> is
    /// <c>sCode</c>, <c>ID</c> is <c>id</c>.
    /// </summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Converts an enum member name to lower snake_case: <c>PostOnly</c> is <c>post_only</c>,
    /// <c>OptimalLimitIoc</c> is <c>optimal_limit_ioc</c>, <c>FOKOrder</c> is <c>fok_order</c>.
    /// </summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool startsWord = i > 0 && (
                    char.IsLower(name[i - 1]) ||
                    char.IsDigit(name[i - 1]) ||
                    (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord && name[i - 1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
