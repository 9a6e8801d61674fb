using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 19: <c>Campaign groups including Friends of the Earth and War on Want said …</c>, <c>As many tax experts, including
/// Mr. Goldberg, have pointed out, …</c>: a list brought in by "including" or "such as" after the sentence's subject
/// names members of the subject; the subject speaks, not the list's last name.
/// </summary>
internal static class IncludingList
{
    /// <summary>Lower-case words inside a listed name ("Friends of the Earth", "War on Want").</summary>
    private static readonly string[] NameLinkWords = ["of", "on", "for", "the", "de", "du"];

    /// <summary>Most tokens from "including" to the cue.</summary>
    private const int MaxList = 25;

    /// <summary>The subject before the "including" list holding the draft's source, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst) || d.SourceFirst < 2)
        {
            return (-1, -1);
        }

        int sentence = v.SentenceOf[d.CueFirst];
        int including = -1;
        for (int t = d.SourceFirst - 1; t > 0 && d.CueFirst - t <= MaxList && v.SentenceOf[t] == sentence; t--)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd
                || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Relative)))
            {
                return (-1, -1);
            }

            if (v.Shapes[t] == TokenShape.Lower && (v.TextIs(t, "including") || (v.TextIs(t, "as") && v.TextIs(t - 1, "such"))))
            {
                including = v.TextIs(t, "as") ? t - 1 : t;
                break;
            }
        }

        if (including < 1)
        {
            return (-1, -1);
        }

        // Between the list and the cue: the list's own words, a closing comma, adverbs or auxiliaries.
        for (int t = d.SourceEnd; t < d.CueFirst; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd
                || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Relative)))
            {
                return (-1, -1);
            }
        }

        // The source is a member of the list: its first item, or one after "and"/"or" ("…, and War on Want said"); not a
        // subject after the comma closing the list ("While X retains powers, including …, analysts say").
        int listFirst = v.TextIs(including, "such") ? including + 2 : including + 1;
        int before = d.SourceFirst - 1;
        while (before >= listFirst && (v.IsNameToken(before) || (v.Shapes[before] == TokenShape.Lower && v.TextIsAny(before, NameLinkWords))))
        {
            before--; // "War on | Want": the source may be the end of a listed name
        }

        if (!(before < listFirst || v.TextIs(before, "and") || v.TextIs(before, "or")))
        {
            return (-1, -1);
        }

        int last = v.Shapes[including - 1] == TokenShape.Comma ? including - 2 : including - 1;
        int start = NounPhrases.SentenceStart(v, d.CueFirst);
        (int first, int end) = SourceFinder.PhraseEndingAt(v, last, start);
        if (first < 0 || end != last + 1 || !AppositiveInsertion.OpensSentence(v, start, first) || v.Shapes[last] != TokenShape.Lower
            || !(NounPhrases.IsPlural(v.Chars(last)) || v.Is(last, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(v.Chars(last))))
        {
            return (-1, -1);
        }

        return (first, end);
    }
}
