using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "'…,' said the 34-year-old.", "The 29-year-old striker added …": a definite age description refers back to the person
/// the story is about — the nearest earlier person outside quotations, found as for a pronoun of either gender.
/// </summary>
internal sealed class AgeDescriptionRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst;
        if (phrase.Depth != 0 || !SpeakerWords.IsDefinite(v.Chars(pf)) || !HasAge(v, pf + 1, phrase.HeadEnd) || NounPhrases.IsPlural(v.Chars(phrase.Head)))
        {
            return false;
        }

        speaker = PersonPronounRule.Antecedent(context, pf, Gender.Unknown);
        return speaker is not null;
    }

    /// <summary>True when the tokens [<paramref name="first"/>, <paramref name="end"/>) hold a "N-year-old" compound.</summary>
    private static bool HasAge(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (PersonNouns.IsAge(v, t))
            {
                return true;
            }
        }

        return false;
    }
}
