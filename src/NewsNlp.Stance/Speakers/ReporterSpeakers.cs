using NewsNlp.Documents;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// Speakers who are journalists reporting the story: named with a correspondent's or a desk editor's title ("BBC political
/// editor Andrew Marr", "home affairs correspondent Danny Shaw", "Vicky Young, the BBC's political correspondent"). In news
/// their words are the outlet's analysis of the row ("some form of concession was likely to be needed"), not a side in it,
/// so they have no stance. An editor without a desk word ("Daily Mail editor Paul Dacre") may defend their paper's side and
/// is not one of them.
/// </summary>
internal static class ReporterSpeakers
{
    /// <summary>The driving word of a reporter's no stance.</summary>
    public const string Cue = "reporter";

    private static readonly HashSet<string> Desks = new(StringComparer.OrdinalIgnoreCase)
    {
        "political", "politics", "economics", "economic", "business", "home", "affairs", "diplomatic", "security", "defence",
        "health", "education", "science", "social", "legal", "industry", "environment", "transport", "world", "foreign", "europe",
        "parliamentary", "chief", "deputy", "assistant", "correspondent's",
    };

    /// <summary>The ids of <paramref name="document"/>'s speakers named with a reporter's title.</summary>
    public static HashSet<int> Find(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reporters = new HashSet<int>();
        string text = document.Text;
        foreach (Speaker speaker in document.Speakers)
        {
            IEnumerable<TextSpan> mentions = speaker.EntityId >= 0
                ? document.Entities.Where(m => m.EntityId == speaker.EntityId).Select(m => m.Span)
                : document.Quotes.Where(q => q.SpeakerId == speaker.Id && q.Source is TextSpan s && !s.IsEmpty).Select(q => q.Source!.Value);
            if (mentions.Any(m => m.Start >= 0 && m.End <= text.Length && (IsTitle(WordsBefore(text, m.Start, 3)) || IsTitle(AppositionAfter(text, m.End)))))
            {
                reporters.Add(speaker.Id);
            }
        }

        return reporters;
    }

    /// <summary>Whether the words (in text order) end with a reporter's title.</summary>
    internal static bool IsTitle(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        string last = words[^1].ToLowerInvariant();
        return last is "correspondent" or "correspondents"
            || (last == "editor" && words.Count > 1 && Desks.Contains(words[^2]));
    }

    /// <summary>Up to <paramref name="count"/> words right before <paramref name="start"/> on the same clause (no punctuation between).</summary>
    private static List<string> WordsBefore(string text, int start, int count)
    {
        var words = new List<string>();
        int i = start;
        while (words.Count < count)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            int end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '\''))
            {
                i--;
            }

            if (i == end)
            {
                break;
            }

            words.Insert(0, text[i..end]);
        }

        return words;
    }

    /// <summary>The words of an apposition right after a name (", the BBC's political correspondent,"), at most six, up to the next punctuation.</summary>
    private static List<string> AppositionAfter(string text, int end)
    {
        var words = new List<string>();
        if (end >= text.Length || text[end] != ',')
        {
            return words;
        }

        int i = end + 1;
        while (words.Count < 6)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            int begin = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            if (i == begin)
            {
                break;
            }

            words.Add(text[begin..i]);
        }

        return words;
    }
}
