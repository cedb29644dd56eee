using System.Text;

namespace OkxGen.Generator;

/// <summary>A string builder that knows the current indentation, for writing readable generated code.</summary>
internal sealed class SourceWriter
{
    private const string Indentation = "    ";
    private readonly StringBuilder _builder = new();
    private int _depth;

    public void WriteLine(string line)
    {
        for (int i = 0; i < _depth; i++)
        {
            _builder.Append(Indentation);
        }

        _builder.Append(line).Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    public void OpenBlock(string header)
    {
        WriteLine(header);
        OpenBrace();
    }

    public void OpenBrace()
    {
        WriteLine("{");
        _depth++;
    }

    public void CloseBrace()
    {
        _depth--;
        WriteLine("}");
    }

    /// <summary>Indents the lines that follow, as the statements of a switch section.</summary>
    public void Indent() => _depth++;

    public void Unindent() => _depth--;

    /// <summary>Replaces the end of the last line, as in a switch expression's closing <c>};</c>.</summary>
    public void LastLineEndsWith(string suffix)
    {
        _builder.Length--;
        _builder.Append(suffix).Append('\n');
    }

    public override string ToString() => _builder.ToString();
}
