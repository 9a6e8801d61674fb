using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A definite plural role noun ("the officials", "the analysts") stands for the earlier source it describes again:
/// "Finance ministry officials said …" then "…, the officials said" are the ministry's officials, not "officials" of
/// any kind (and not the company officials quoted before them).
/// </summary>
internal sealed class RoleGroupRule : ISpeakerRule
{
    /// <summary>How many paragraphs back the earlier source may be.</summary>
    private const int MaxParagraphs = 4;

    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        if (!v.Is(head, WordClass.RoleNoun) || !NounPhrases.IsPlural(v.Chars(head)) || !v.TextIs(pf, "the") || v.Is(head, WordClass.NonPersonNameWord))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(head);
        IReadOnlyList<Mention> resolved = context.Resolved.InOrder;
        int paragraph = v.ParagraphOf[phrase.First];
        for (int i = resolved.Count - 1; i >= 0 && resolved.Count - i <= 50; i--)
        {
            Mention m = resolved[i];
            if (m.First >= phrase.First || m.End > v.Count)
            {
                continue;
            }

            if (paragraph - v.ParagraphOf[m.First] > MaxParagraphs)
            {
                break;
            }

            int last = m.End - 1;
            if (m.Speaker.IsGroup && !m.Speaker.IsPerson && last > m.First && v.Chars(last).Equals(word, StringComparison.OrdinalIgnoreCase)
                && RoleNounRule.ModifiersBefore(v, pf, head, last))
            {
                speaker = m.Speaker;
                return true;
            }
        }

        return false;
    }
}
