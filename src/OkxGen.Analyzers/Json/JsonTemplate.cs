using System.Collections.Generic;
using System.Text;
using OkxGen.SourceGeneration.Text;

namespace OkxGen.Analyzers.Json;

/// <summary>
/// Reads JSON text written by hand in C# (a literal, or the constant parts of an interpolated string with each hole
/// replaced by <see cref="Hole"/>) and tells whether it is canonical: no whitespace outside strings, keys in ordinal order.
/// </summary>
/// <remarks>
/// A hole outside a string is an opaque value (a number, a string or an object the code formats); inside a string it is
/// part of the string. An object with a hole in a key is not checked for order. Used by OKX013 and its code fix.
/// </remarks>
internal sealed class JsonTemplate
{
    /// <summary>Stands for an interpolation hole: U+0000 never appears raw in valid JSON.</summary>
    public const char Hole = '\0';

    private readonly string _text;
    private int _position;
    private bool _hasWhitespace;
    private bool _hasUnsortedKeys;
    private bool _hasHoles;
    private Node? _root;

    private JsonTemplate(string text) => _text = text;

    /// <summary>Whether the text has whitespace outside strings.</summary>
    public bool HasWhitespaceOutsideStrings => _hasWhitespace;

    /// <summary>Whether an object has two constant keys out of ordinal (code point) order.</summary>
    public bool HasUnsortedKeys => _hasUnsortedKeys;

    /// <summary>Whether the template has holes.</summary>
    public bool HasHoles => _hasHoles;

    /// <summary>Whether the text is canonical.</summary>
    public bool IsCanonical => !_hasWhitespace && !_hasUnsortedKeys;

    /// <summary>
    /// Parses <paramref name="text"/>; <see langword="null"/> unless it is one JSON object or array (with optional
    /// surrounding whitespace), so that ordinary strings are never taken for JSON.
    /// </summary>
    public static JsonTemplate? TryParse(string text)
    {
        int start = 0;
        while (start < text.Length && IsWhitespace(text[start]))
        {
            start++;
        }

        if (start == text.Length || (text[start] != '{' && text[start] != '['))
        {
            return null;
        }

        var template = new JsonTemplate(text);
        template._root = template.ParseValue();
        if (template._root is null)
        {
            return null;
        }

        template.SkipWhitespace();
        return template._position == text.Length ? template : null;
    }

    /// <summary>The canonical form of a template without holes: compact, keys sorted at every level.</summary>
    public static string? Canonicalize(string text)
    {
        if (TryParse(text) is not { _hasHoles: false, _root: { } root })
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        root.Write(builder);
        return builder.ToString();
    }

    /// <summary>Removes the whitespace outside strings, holes kept in place; the text must have parsed.</summary>
    public static string RemoveWhitespaceOutsideStrings(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool inString = false;
        bool escaped = false;
        foreach (char c in text)
        {
            if (inString)
            {
                inString = escaped || c != '"';
                escaped = !escaped && c == '\\';
                builder.Append(c);
            }
            else if (!IsWhitespace(c))
            {
                inString = c == '"';
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && IsWhitespace(_text[_position]))
        {
            _hasWhitespace = true;
            _position++;
        }
    }

    private Node? ParseValue()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            return null;
        }

        char c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                return ParseString();
            case Hole:
                _hasHoles = true;
                _position++;
                return new Node(Hole.ToString());
            case 't':
                return ParseWord("true");
            case 'f':
                return ParseWord("false");
            case 'n':
                return ParseWord("null");
            default:
                return c == '-' || char.IsDigit(c) ? ParseNumber() : null;
        }
    }

    private Node? ParseObject()
    {
        _position++;
        var members = new List<(string Key, bool ConstantKey, Node Value)>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new Node(members);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"' || ParseString() is not { } key)
            {
                return null;
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                return null;
            }

            _position++;
            if (ParseValue() is not { } value)
            {
                return null;
            }

            bool constantKey = key.Text.IndexOf(Hole) < 0;
            if (constantKey && members.Count > 0 && members[members.Count - 1] is { ConstantKey: true } previous
                && WireNameComparer.Instance.Compare(Unquote(previous.Key), Unquote(key.Text)) > 0)
            {
                _hasUnsortedKeys = true;
            }

            members.Add((key.Text, constantKey, value));
            SkipWhitespace();
            char next = Peek();
            _position++;
            if (next == '}')
            {
                return new Node(members);
            }

            if (next != ',')
            {
                return null;
            }
        }
    }

    private Node? ParseArray()
    {
        _position++;
        var items = new List<Node>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new Node(items);
        }

        while (true)
        {
            if (ParseValue() is not { } item)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            char next = Peek();
            _position++;
            if (next == ']')
            {
                return new Node(items);
            }

            if (next != ',')
            {
                return null;
            }
        }
    }

    private Node? ParseString()
    {
        int start = _position++;
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == Hole)
            {
                _hasHoles = true;
            }
            else if (c == '\\')
            {
                _position++;
            }
            else if (c == '"')
            {
                return new Node(_text.Substring(start, _position - start));
            }
            else if (c < ' ')
            {
                return null;
            }
        }

        return null;
    }

    private Node? ParseWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return null;
        }

        _position += word.Length;
        return new Node(word);
    }

    private Node? ParseNumber()
    {
        int start = _position;
        while (_position < _text.Length && _text[_position] is '-' or '+' or '.' or 'e' or 'E' or (>= '0' and <= '9'))
        {
            _position++;
        }

        return new Node(_text.Substring(start, _position - start));
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\uFFFF';

    // The key as JSON would read it: escapes resolved, so that "\u0061" sorts as "a".
    private static string Unquote(string quoted)
    {
        string inner = quoted.Substring(1, quoted.Length - 2);
        if (inner.IndexOf('\\') < 0)
        {
            return inner;
        }

        var builder = new StringBuilder(inner.Length);
        for (int i = 0; i < inner.Length; i++)
        {
            char c = inner[i];
            if (c != '\\' || i + 1 >= inner.Length)
            {
                builder.Append(c);
                continue;
            }

            char e = inner[++i];
            switch (e)
            {
                case 'u' when i + 4 < inner.Length && int.TryParse(inner.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                default:
                    builder.Append(e);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A parsed value: a scalar's text, an object's members or an array's items.</summary>
    private sealed class Node
    {
        private readonly string? _scalar;
        private readonly List<(string Key, bool ConstantKey, Node Value)>? _members;
        private readonly List<Node>? _items;

        public Node(string scalar) => _scalar = scalar;

        public Node(List<(string Key, bool ConstantKey, Node Value)> members) => _members = members;

        public Node(List<Node> items) => _items = items;

        public string Text => _scalar ?? string.Empty;

        public void Write(StringBuilder builder)
        {
            if (_scalar is not null)
            {
                builder.Append(_scalar);
            }
            else if (_members is not null)
            {
                // A stable sort: duplicate keys keep their order.
                var indexed = new List<(int Index, string Key, Node Value)>(_members.Count);
                for (int i = 0; i < _members.Count; i++)
                {
                    indexed.Add((i, Unquote(_members[i].Key), _members[i].Value));
                }

                indexed.Sort((a, b) =>
                {
                    int order = WireNameComparer.Instance.Compare(a.Key, b.Key);
                    return order != 0 ? order : a.Index - b.Index;
                });
                builder.Append('{');
                for (int i = 0; i < indexed.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(_members[indexed[i].Index].Key).Append(':');
                    indexed[i].Value.Write(builder);
                }

                builder.Append('}');
            }
            else
            {
                builder.Append('[');
                for (int i = 0; i < _items!.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    _items[i].Write(builder);
                }

                builder.Append(']');
            }
        }
    }
}
