using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>"X, who …, said": a relative pronoun stands for the noun phrase before it, resolved by the other rules.</summary>
internal sealed class RelativePronounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RelativePronoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int first = phrase.First;
        // The mention is the pronoun, or the pronoun with the first words of its clause when a tagger took them along
        // ("an official, who requested anonymity, told Reuters" with the source "who requested").
        if (!v.Is(first, WordClass.Relative) || phrase.Depth != 0 || (!phrase.IsOneToken && (phrase.End - first > 3 || v.IsNameToken(phrase.End - 1))))
        {
            return false;
        }

        (int af, int ae) = RelativeAntecedent(v, first);
        if (af < 0)
        {
            return false;
        }

        (SpeakerCandidate? antecedent, _) = context.Resolve(af, ae, phrase.Depth + 1);
        if (antecedent is null)
        {
            return false;
        }

        // "which" stands for a thing or an organisation, never for a person a later "he" could mean.
        bool which = v.TextIs(first, "which");
        speaker = which && antecedent.EntityId < 0 && antecedent.Type is null ? antecedent with { IsPerson = false, IsGroup = true } : antecedent;
        return true;
    }

    /// <summary>A number of one to three digits (an age: "Staunton, 49, who").</summary>
    private static bool IsAge(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Number && v.Chars(t) is { Length: >= 1 and <= 3 } w && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[^1]);

    /// <summary>Most tokens between the brackets of a parenthesis the antecedent is read across.</summary>
    private const int MaxBracket = 4;

    /// <summary>The noun phrase a relative pronoun refers to: "Whitfield" of "Whitfield, who …", or (-1, -1).</summary>
    private static (int First, int End) RelativeAntecedent(DocumentView v, int pronoun)
    {
        int limit = NounPhrases.SentenceStart(v, pronoun);
        int last = pronoun - 1;
        if (last >= limit && v.Shapes[last] == TokenShape.Comma)
        {
            last--;
        }

        // Session 21: "Staunton, 49, who told …": an age between commas after the name is no part of the antecedent.
        if (last - 2 >= limit && IsAge(v, last) && v.Shapes[last - 1] == TokenShape.Comma && v.IsNameToken(last - 2))
        {
            last -= 2;
        }

        // "the International Air Transport Association (IATA), which …": the acronym in brackets repeats the name before it.
        if (last > limit && v.Shapes[last] == TokenShape.CloseBracket)
        {
            int open = last - 1;
            while (open > limit && last - open <= MaxBracket && v.Shapes[open] != TokenShape.OpenBracket)
            {
                open--;
            }

            if (open > limit && v.Shapes[open] == TokenShape.OpenBracket && last - open >= 2)
            {
                last = open - 1;
            }
        }

        if (last < limit || v.InQuote(last))
        {
            return (-1, -1);
        }

        (int f, int e) = AntecedentPhrase(v, last, limit);
        int entity = v.HasEntities ? v.EntityOf[last] : -1;
        if (entity >= 0)
        {
            int ef = Math.Max(limit, v.Document.Entities[entity].FirstToken);
            f = f < 0 ? ef : Math.Min(f, ef);
            e = last + 1;
        }

        return f < 0 ? (-1, -1) : (NounPhrases.ExtendLeft(v, f), e);
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="last"/> before a relative pronoun: a run of name words ("Pakistan’s
    /// National Disaster Management Authority"), or lower-case words back to a determiner ("the budget committee");
    /// never across a preposition or a verb-like boundary word. (-1, -1) when none.
    /// </summary>
    private static (int First, int End) AntecedentPhrase(DocumentView v, int last, int limit)
    {
        bool names = v.IsNameToken(last);
        if (!names && (v.Shapes[last] != TokenShape.Lower || v.Is(last, WordClass.Boundary | WordClass.Auxiliary | WordClass.Determiner)))
        {
            return (-1, -1);
        }

        int f = last;
        while (f - 1 >= limit && last - f < 8)
        {
            int k = f - 1;
            if (v.InQuote(k))
            {
                break;
            }

            if (v.Is(k, WordClass.Determiner) && !v.Is(k, WordClass.That))
            {
                f = k;
                break;
            }

            bool nameWord = v.IsNameToken(k) || SpeakerWords.IsPossessive(v.Chars(k)) || (v.Shapes[k] == TokenShape.Dash && v.IsNameToken(k - 1))
                || (v.TextIs(k, "of") && v.IsNameToken(k - 1) && v.IsNameToken(k + 1) && !v.Is(k - 1, WordClass.RoleNoun));
            bool lowerWord = v.Shapes[k] is TokenShape.Lower or TokenShape.Number && !SpeakerWords.IsPreposition(v.Chars(k))
                && !v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb | WordClass.Relative);
            if (names ? !nameWord : !(lowerWord || nameWord))
            {
                break;
            }

            f = k;
        }

        while (f < last && v.Is(f, WordClass.CapitalisedFunctionWord) && !v.Is(f, WordClass.Determiner) && v.Shapes[f] == TokenShape.Capitalised)
        {
            f++;
        }

        return (f, last + 1);
    }
}
