namespace OkxGen.Tool.Terminal;

/// <summary>ANSI colours, only where the output is a terminal that shows them (and NO_COLOR is not set).</summary>
internal sealed class Style
{
    private readonly bool _enabled;

    public Style(bool enabled) => _enabled = enabled;

    public string Good(string text) => Paint("32", text);

    public string Bad(string text) => Paint("31", text);

    public string Warn(string text) => Paint("33", text);

    public string Dim(string text) => Paint("2", text);

    public string Bold(string text) => Paint("1", text);

    private string Paint(string code, string text) => _enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
