using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "the Scot", "the American", "the Dutchman": sports and news copy refers back to a person by nationality. The
/// definite demonym is the person named as a speaker just before (as a definite role noun is), else the person a
/// he/she there would mean — not a speaker called "Scot".
/// </summary>
internal sealed class DemonymRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        if ((head != pf + 1 && !AgeBefore(v, pf + 1, head) && !IsTwoWordDemonym(v, pf + 1, head)) || phrase.PhraseEnd != phrase.HeadEnd || !v.TextIs(pf, "the")
            || !(IsDemonym(v, head) || IsTwoWordDemonym(v, pf + 1, head)))
        {
            return false;
        }

        speaker = RoleNounRule.RecentNamedSpeaker(context, phrase.First, head, pf)
            ?? PersonPronounRule.Antecedent(context, pf, Gender.Unknown);
        return speaker is not null;
    }

    /// <summary>
    /// Session 22: true for a two-word nationality the recogniser tagged as one miscellaneous name, "the New Zealander":
    /// "New" and a word ending in -er (the same person as a one-word demonym).
    /// </summary>
    private static bool IsTwoWordDemonym(DocumentView v, int first, int head)
    {
        if (head != first + 1 || !v.TextIs(first, "New") || v.Shapes[head] != TokenShape.Capitalised || v.EntityOf[head] < 0 || v.EntityOf[first] != v.EntityOf[head])
        {
            return false;
        }

        EntityMention e = v.Document.Entities[v.EntityOf[head]];
        // Not "the New Yorker" (the magazine); a person the recogniser took the words for is still the nationality.
        return e.Type is EntityType.Miscellaneous or EntityType.Person && e.FirstToken == first && e.EndToken == head + 1
            && v.Chars(head).EndsWith("er", StringComparison.Ordinal) && !v.TextIs(head, "Yorker");
    }

    /// <summary>Demonyms that no regular ending gives.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Irregular = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Scot", "Briton", "Swede", "Dane", "Finn", "Pole", "Czech", "Slovak", "Greek", "Turk", "Serb", "Croat", "Argentine", "Israeli", "Pakistani",
         "Iraqi", "Kuwaiti", "Icelander", "Luxembourger", "Saudi", "Kiwi", "Aussie", "Thai", "Spaniard", "Uruguayan", "Paraguayan", "Venezuelan", "Kenyan", "Ugandan"],
        StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Session 19: true when the tokens [<paramref name="first"/>, <paramref name="head"/>) are one age compound, as in "the
    /// 55-year-old Frenchman": the person described by age and nationality (the recogniser tags the demonym alone).
    /// </summary>
    private static bool AgeBefore(DocumentView v, int first, int head)
    {
        if (head - first > MaxAgeTokens || !PersonNouns.IsAge(v, head - 1))
        {
            return false;
        }

        for (int t = first; t < head; t++)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Number or TokenShape.Dash or TokenShape.Punctuation or TokenShape.Other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most tokens of an age compound ("55 - year - old").</summary>
    private const int MaxAgeTokens = 6;

    /// <summary>
    /// True when the token is one singular nationality word the recogniser tagged as a miscellaneous name: an irregular
    /// demonym or one ending in -ian, -ean, -can or -man ("Australian", "Korean", "American", "Frenchman", "German").
    /// </summary>
    internal static bool IsDemonym(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Capitalised || v.EntityOf[t] < 0)
        {
            return false;
        }

        // Session 24: the recogniser may take "the Welshman" for a person; after "the" the word is still the nationality.
        EntityMention e = v.Document.Entities[v.EntityOf[t]];
        if (e.Type is not (EntityType.Miscellaneous or EntityType.Person) || e.FirstToken != t || e.EndToken != t + 1
            || (e.Type == EntityType.Person && !v.TextIs(t - 1, "the")))
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(t);
        return IrregularLookup.Contains(w) || (w.Length > 4 && (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal)
            || w.EndsWith("can", StringComparison.Ordinal) || w.EndsWith("man", StringComparison.Ordinal)));
    }
}
