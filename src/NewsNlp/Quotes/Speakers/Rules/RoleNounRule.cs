using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A singular role noun ("the spokesman"): the person it described earlier ("A spokesman for the agency, Daniel Reyes,
/// said …"), or, for a definite one, a person named as a speaker just before ("Donald Trump says … . The Republican
/// nominee noted …").
/// </summary>
internal sealed class RoleNounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        if (!v.Is(head, WordClass.RoleNoun) || NounPhrases.IsPlural(v.Chars(head)) || SpeakerWords.IsIndefinite(v.Chars(pf)) || SpeakerWords.IsDocumentNoun(v.Chars(head)))
        {
            return false;
        }

        speaker = RoleAntecedent(context, head, pf, phrase.First);
        if (speaker is null && SpeakerWords.IsDefinite(v.Chars(pf)))
        {
            speaker = RecentNamedSpeaker(context, phrase.First);
        }

        return speaker is not null;
    }

    private static SpeakerCandidate? RoleAntecedent(SpeakerContext context, int head, int phraseFirst, int sourceFirst)
    {
        // An earlier mention of the same role noun next to a name: "the transit spokesman, Daniel Reyes" or "X, the spokesman";
        // its capitalised modifiers too ("the Republican nominee" is not the Democratic one).
        DocumentView v = context.View;
        ReadOnlySpan<char> word = v.Chars(head);
        List<int> positions = context.Mentions.RoleNounPositions(word);

        // The same role noun's earlier positions, nearest first (an index instead of a scan over every token before).
        for (int p = SortedSearch.CountBefore(positions, sourceFirst, static t => t) - 1; p >= 0 && sourceFirst - positions[p] < 3000; p--)
        {
            int t = positions[p];
            if (v.InQuote(t) || !v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || !ModifiersBefore(v, phraseFirst, head, t))
            {
                continue;
            }

            if (NearbyPerson(context, t) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The person speaker resolved by name in this sentence or the two before it, or null.</summary>
    private static SpeakerCandidate? RecentNamedSpeaker(SpeakerContext context, int before)
    {
        DocumentView v = context.View;
        int sentence = v.SentenceOf[before];
        IReadOnlyList<Mention> recent = context.Resolved.InOrder;
        for (int i = recent.Count - 1; i >= 0 && recent.Count - i <= 3; i--)
        {
            Mention m = recent[i];
            if (m.First < before && m.Speaker.IsPerson && (m.Speaker.Type == EntityType.Person || m.Speaker.Type is null && IsNameLike(m.Speaker.Name)))
            {
                return sentence - v.SentenceOf[m.First] <= 2 ? m.Speaker : null;
            }
        }

        return null;
    }

    /// <summary>True for a name written as one (every word capitalised, "de"/"al-" particles aside): "Ella Marsh", not "the spokesman".</summary>
    private static bool IsNameLike(string name)
    {
        bool any = false;
        foreach (string w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]))
            {
                any = true;
            }
            else if (QuoteLexicon.Classify(w) != WordClass.NameParticle && !w.StartsWith("al-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return any && name.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>
    /// False when the earlier role noun at <paramref name="noun"/> has capitalised modifiers of its own and they are not
    /// those of the phrase [first, head): "the Green nominee" is not "the Labour nominee"; "the trade minister" may be
    /// "the Finnish trade minister".
    /// </summary>
    private static bool ModifiersBefore(DocumentView v, int first, int head, int noun)
    {
        bool earlierModified = false, allFound = true;
        for (int t = noun - 1; t >= 0 && noun - t <= 4; t--)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Determiner | WordClass.Boundary))
            {
                break;
            }

            if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                earlierModified = true;
            }
        }

        if (!earlierModified)
        {
            return true;
        }

        for (int m = first; m < head; m++)
        {
            if (v.Shapes[m] != TokenShape.Capitalised || v.Is(m, WordClass.Determiner | WordClass.CapitalisedFunctionWord))
            {
                continue;
            }

            bool found = false;
            for (int t = Math.Max(0, noun - 4); t < noun && !found; t++)
            {
                found = v.Chars(t).Equals(v.Chars(m), StringComparison.OrdinalIgnoreCase);
            }

            allFound &= found;
        }

        return allFound;
    }

    /// <summary>The speaker of the nearest person mention around <paramref name="token"/> in its sentence (among the few mentions before token + 12), or null.</summary>
    private static SpeakerCandidate? NearbyPerson(SpeakerContext context, int token)
    {
        MentionIndex mentions = context.Mentions;
        DocumentView v = context.View;
        int i = mentions.LastMentionBefore(token + 12);
        for (int k = i; k >= 0 && k > i - 6; k--)
        {
            Mention m = mentions[k];
            if (m.Speaker.IsPerson && Math.Abs(m.First - token) <= 10 && v.SentenceOf[m.First] == v.SentenceOf[token])
            {
                return m.Speaker;
            }
        }

        return null;
    }
}
