using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A quote that only asks whether something is so takes no side on it: "CNN asked if Russia is now a part of the
/// solution", "She wondered whether the ban would work", "“Will the plant close?” he asked". News reports questions in
/// two shapes: an indirect yes/no question after a verb of asking ("asked if …", "asked whether …") and a quoted question
/// that starts with an auxiliary and ends with a question mark. A question that challenges ("asked why the government
/// agreed …", "“Why should we pay for this?”") does take a side and is not one of these.
/// </summary>
internal static class QuestionQuote
{
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "inquire", "inquires", "inquired",
        "enquire", "enquires", "enquired", "query", "queries", "queried",
    };

    /// <summary>The first words of a yes/no question: auxiliaries and modals.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "has",
        "have", "had", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't",
        "couldn't", "won't", "wouldn't", "shouldn't", "hasn't", "haven't",
    };

    private static readonly char[] Closers = ['"', '\'', '\u201D', '\u2019', '\u201C', '\u2018', ' ', ')', '\n', '\r', '\t'];

    /// <summary>Whether a quote with cue <paramref name="cue"/> (may be empty) and content <paramref name="content"/> only asks a yes/no question.</summary>
    public static bool IsQuestion(string cue, string content)
    {
        ArgumentNullException.ThrowIfNull(cue);
        ArgumentNullException.ThrowIfNull(content);
        string[] words = TextPreparer.Prepare(content).Words;
        if (words.Length == 0)
        {
            return false;
        }

        if (words[0] is "if" or "whether" && TextPreparer.Prepare(cue).Words.Any(AskingVerbs.Contains))
        {
            return true;
        }

        return IsYesNoQuestion(content);
    }

    /// <summary>Every sentence of <paramref name="content"/> is a question that starts with an auxiliary ("Will the plant close?").</summary>
    private static bool IsYesNoQuestion(string content)
    {
        string text = content.Trim(Closers);
        if (text.Length == 0 || text[^1] != '?')
        {
            return false;
        }

        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '.' or '!' or ';' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || Array.IndexOf(Closers, text[i + 1]) >= 0))
            {
                return false;   // a statement among the questions: "Is it fair? No, it is not."
            }

            if (c == '?')
            {
                string[] sentence = TextPreparer.Prepare(text[start..i]).Words;
                if (sentence.Length == 0 || !Auxiliaries.Contains(sentence[0]))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }
}
