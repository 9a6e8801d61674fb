using NewsNlp.Quotes.Lexicon;
using System.Collections.Frozen;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 26: <c>The trade paper Motor Weekly reported … ¶ The paper said …</c> — a definite medium noun ("the paper",
/// "the magazine", "the newspaper", "the website") is the name the text introduced with that same noun, before the name
/// ("the trade paper Motor Weekly", "the magazine Private Eye") or after it ("the Evening Courier newspaper"), outside
/// quotations in this paragraph or the four before; the nearest such name wins. The text says what that name is, so the
/// noun agrees with it, where the organisation spoken about last may be something else (a carmaker, a retailer). With
/// no such introduction the organisation-noun rule decides as before.
/// </summary>
internal sealed class TypedNameRule : ISpeakerRule
{
    /// <summary>Most tokens read back for the introduction.</summary>
    private const int MaxTokensBack = 600;

    /// <summary>Most paragraphs back the introduction may stand.</summary>
    private const int MaxParagraphsBack = 4;

    /// <summary>Most words of the introduced name.</summary>
    private const int MaxName = 5;

    /// <summary>Nouns of a news medium, which news uses to refer back to a publication or broadcaster it has named.</summary>
    private static readonly FrozenSet<string> MediumNouns = FrozenSet.ToFrozenSet(
        ["paper", "newspaper", "magazine", "journal", "tabloid", "weekly", "daily", "website", "broadcaster", "channel", "network", "station"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediumLookup = MediumNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public string Name => RuleNames.OrganisationNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (phrase.Depth > 0 || head <= pf || phrase.PhraseEnd != head + 1 || !v.TextIs(pf, "the") || v.Shapes[head] != TokenShape.Lower
            || !MediumLookup.Contains(v.Chars(head)))
        {
            return false;
        }

        for (int t = head + 1; t < phrase.PhraseEnd; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower)
            {
                return false;
            }
        }

        for (int t = pf + 1; t < head; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower)
            {
                return false; // "the Sunday paper" names its own kind
            }
        }

        ReadOnlySpan<char> noun = v.Chars(head);
        int paragraph = v.ParagraphOf[pf];
        for (int t = pf - 1; t >= 0 && pf - t <= MaxTokensBack && paragraph - v.ParagraphOf[t] <= MaxParagraphsBack; t--)
        {
            if (v.Shapes[t] != TokenShape.Lower || !v.Chars(t).Equals(noun, StringComparison.OrdinalIgnoreCase) || v.InQuote(t))
            {
                continue;
            }

            (int first, int end) = NameAfter(v, t) is (>= 0, _) after ? after : NameBefore(v, t);
            if (first < 0)
            {
                continue;
            }

            (SpeakerCandidate? named, _) = context.Resolve(first, end, phrase.Depth + 1);
            if (named is { IsPerson: false })
            {
                speaker = named;
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitalised name right after the noun in its sentence ("paper | Motor Weekly"), no person's; else (-1, -1).</summary>
    private static (int First, int End) NameAfter(DocumentView v, int noun)
    {
        int first = noun + 1, end = first;
        while (end < v.Count && end - first < MaxName && v.SentenceOf[end] == v.SentenceOf[noun] && v.IsNameToken(end) && !v.IsPersonToken(end))
        {
            end++;
        }

        return end > first && (end == v.Count || !v.IsNameToken(end)) ? (first, end) : (-1, -1);
    }

    /// <summary>The capitalised name right before the noun in its sentence ("the Evening Courier | newspaper"), no person's nor place's; else (-1, -1).</summary>
    private static (int First, int End) NameBefore(DocumentView v, int noun)
    {
        int end = noun, first = end;
        while (first - 1 >= 0 && end - first < MaxName && v.SentenceOf[first - 1] == v.SentenceOf[noun] && v.IsNameToken(first - 1) && !v.IsPersonToken(first - 1)
            && !v.Is(first - 1, WordClass.CapitalisedFunctionWord))
        {
            first--;
        }

        if (first == end || (first > 0 && v.SentenceOf[first - 1] == v.SentenceOf[noun] && v.IsNameToken(first - 1)))
        {
            return (-1, -1);
        }

        for (int t = first; t < end; t++)
        {
            if (v.EntityOf[t] >= 0 && v.Document.Entities[v.EntityOf[t]].Type is Documents.EntityType.Location or Documents.EntityType.Miscellaneous)
            {
                return (-1, -1); // "the Scottish newspaper" says where, not which
            }
        }

        return (first, end);
    }
}
