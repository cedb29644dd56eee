using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OkxGen.Analyzers.Flow;

/// <summary>
/// Which source files of a compilation spell a word (an identifier, wherever it stands: code, comments, strings), built
/// once with one pass over the text: a walk that follows a value out of its method looks for the member's name only in
/// those files. Words are kept by hash, so that the pass allocates no string per word; a collision only adds a file to
/// search.
/// </summary>
internal sealed class WordIndex
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, string> _texts = new();
    private Dictionary<int, List<SyntaxTree>>? _treesByWord;
    private bool _indexed;
    private object? _indexLock;

    public WordIndex(Compilation compilation) => _compilation = compilation;

    /// <summary>The files that may spell <paramref name="word"/>: every file that does, and rarely one that does not.</summary>
    public IReadOnlyList<SyntaxTree> TreesSpelling(string word, CancellationToken cancellationToken)
    {
        Dictionary<int, List<SyntaxTree>> index = LazyInitializer.EnsureInitialized(ref _treesByWord, ref _indexed, ref _indexLock, () => Index(cancellationToken))!;
        return index.TryGetValue(Hash(word, 0, word.Length), out List<SyntaxTree>? trees) ? trees : [];
    }

    /// <summary>The text of <paramref name="tree"/>, kept for searching.</summary>
    public string TextOf(SyntaxTree tree) => _texts.GetOrAdd(tree, static t => t.GetText().ToString());

    /// <summary>Whether <paramref name="c"/> can continue an identifier (a letter, a digit, <c>_</c>).</summary>
    public static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);

    private Dictionary<int, List<SyntaxTree>> Index(CancellationToken cancellationToken)
    {
        var index = new Dictionary<int, List<SyntaxTree>>();
        foreach (SyntaxTree tree in _compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = TextOf(tree);
            for (int i = 0; i < text.Length; i++)
            {
                if (!IsIdentifierPart(text[i]))
                {
                    continue;
                }

                int start = i;
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                int hash = Hash(text, start, i - start);
                if (!index.TryGetValue(hash, out List<SyntaxTree>? trees))
                {
                    index.Add(hash, trees = []);
                }

                if (trees.Count == 0 || trees[trees.Count - 1] != tree)
                {
                    trees.Add(tree);
                }
            }
        }

        return index;
    }

    // FNV-1a over the characters.
    private static int Hash(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        return (int)hash;
    }
}
