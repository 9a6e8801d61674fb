using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "'…,' said the 34-year-old.", "The 29-year-old striker added …", "the mother-of-nine said": a definite age or family description refers back to the person
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
        if (phrase.Depth != 0 || !SpeakerWords.IsDefinite(v.Chars(pf)) || !HasAge(v, pf + 1, Math.Max(phrase.HeadEnd, phrase.PhraseEnd)) || NounPhrases.IsPlural(v.Chars(phrase.Head)))
        {
            return false;
        }

        speaker = PersonPronounRule.Antecedent(context, pf, FamilyGender(v, pf + 1, Math.Max(phrase.HeadEnd, phrase.PhraseEnd)));
        return speaker is not null;
    }

    /// <summary>The gender a family compound gives ("the mother-of-nine" is a woman), else unknown.</summary>
    private static Gender FamilyGender(DocumentView v, int first, int end)
    {
        for (int t = first; t + 2 < end; t++)
        {
            if (v.TextIs(t + 1, "-") && v.TextIs(t + 2, "of") && IsParentWord(v.Chars(t)))
            {
                return v.Chars(t).EndsWith("mother", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    private static bool IsParentWord(ReadOnlySpan<char> w) =>
        w.Equals("mother", StringComparison.OrdinalIgnoreCase) || w.Equals("father", StringComparison.OrdinalIgnoreCase)
        || w.Equals("grandmother", StringComparison.OrdinalIgnoreCase) || w.Equals("grandfather", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Session 25: the age compound written loosely, "the 24-year old" or "the 24 year old" ("…," the 24-year old said): "old"
    /// after "year" after a hyphen or a number, all after the determiner.
    /// </summary>
    private static bool LooseAge(DocumentView v, int first, int t) =>
        t - 2 >= first && v.TextIs(t, "old") && v.TextIs(t - 1, "year") && (v.TextIs(t - 2, "-") || v.Shapes[t - 2] == TokenShape.Number);

    /// <summary>True when the tokens [<paramref name="first"/>, <paramref name="end"/>) hold a "N-year-old" or "mother-of-N" compound.</summary>
    private static bool HasAge(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            // "the 34-year-old", and "the mother-of-nine", "the father-of-two": a person described by age or family.
            if (PersonNouns.IsAge(v, t) || LooseAge(v, first, t) || (t + 2 < end && v.TextIs(t + 1, "-") && v.TextIs(t + 2, "of") && IsParentWord(v.Chars(t))))
            {
                return true;
            }
        }

        return false;
    }
}
