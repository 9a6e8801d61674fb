using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 26: <c>Bernie Ebbers knew of the fraud, his closest associate has told a court. ¶ Giving evidence at the trial,
/// ex-finance chief Scott Sullivan implicated …</c> — news leads often describe the speaker first and name them in the
/// next sentence. An indefinite or possessed singular role in the story's first sentence ("his closest associate", "a
/// witness", "a former aide"; session 27: also with a nationality, "a senior Swiss official") that no earlier rule resolved is the person the next sentence introduces as its subject:
/// the first person there who is named for the first time (not in the lead, not in a quotation), not after a
/// preposition, not a possessor, and followed by a verb, an auxiliary or a comma. Spokespeople (who speak for someone
/// else), organisation and document nouns are left as they are.
/// </summary>
internal sealed class LeadCataphoraRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (phrase.Depth > 0 || !v.HasEntities || head <= pf || phrase.PhraseEnd != head + 1 || v.InQuote(head) || v.Shapes[head] != TokenShape.Lower
            || !(v.Is(head, WordClass.RoleNoun) || PersonNouns.IsAnonymous(v, head)) || NounPhrases.IsPlural(v.Chars(head)) || SpeakerWords.IsSpokesNoun(v.Chars(head))
            || SpeakerWords.IsOrgNoun(v.Chars(head)) || SpeakerWords.IsAnyDocumentNoun(v.Chars(head))
            || !(v.TextIs(pf, "his") || v.TextIs(pf, "her") || v.TextIs(pf, "a") || v.TextIs(pf, "an")))
        {
            return false;
        }

        for (int t = pf + 1; t < head; t++)
        {
            // Session 27: a party or nationality word may modify the role ("a leading Republican senator"); also a place or a
            // nationality the recogniser named ("a senior Swiss official", "a senior U.S. official": IsNationality).
            bool modifierName = v.Shapes[t] == TokenShape.Capitalised && (v.EntityOf[t] < 0 || v.Document.Entities[v.EntityOf[t]].Type == Documents.EntityType.Miscellaneous);
            if ((v.Shapes[t] != TokenShape.Lower && !modifierName && !IsNationality(v, t, pf + 1, head)) || v.Is(t, WordClass.Determiner | WordClass.CueVerb | WordClass.Auxiliary | WordClass.Boundary))
            {
                return false;
            }
        }

        int lead = LeadSentence(v);
        if (lead < 0 || v.SentenceOf[head] != lead)
        {
            return false;
        }

        MentionIndex mentions = context.Mentions;
        for (int i = mentions.LastMentionBefore(head) + 1; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            int sentence = v.SentenceOf[m.First];
            if (sentence == lead)
            {
                continue;
            }

            if (sentence != lead + 1)
            {
                return false;
            }

            if (!m.Speaker.IsPerson || v.InQuote(m.First) || v.EntityOf[m.End - 1] < 0 || !v.IsPersonToken(m.End - 1) || NamedBefore(mentions, i, m.Speaker.Key)
                || OnlyInitials(v, m.First, m.End))
            {
                continue;
            }

            bool afterPreposition = m.First > 0 && v.Shapes[m.First - 1] == TokenShape.Lower && SpeakerWords.IsPreposition(v.Chars(m.First - 1));
            bool possessor = m.End < v.Count && SpeakerWords.IsPossessive(v.Chars(m.End));
            int after = AfterHomePlace(v, m.End, sentence);
            bool subject = after < v.Count && v.SentenceOf[after] == sentence
                && (v.Shapes[after] == TokenShape.Comma || v.Is(after, WordClass.Auxiliary | WordClass.CueVerb)
                    || (v.Shapes[after] == TokenShape.Lower && !SpeakerWords.IsPreposition(v.Chars(after)) && !v.Is(after, WordClass.Determiner | WordClass.Boundary)));
            if (afterPreposition || possessor || !subject)
            {
                continue;
            }

            speaker = m.Speaker;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Session 27: the token after a home place that follows a name (<c>Sen. Mark Tillman of Ohio told …</c>: "of" and up to
    /// three capitalised words), or <paramref name="end"/> when none follows.
    /// </summary>
    private static int AfterHomePlace(DocumentView v, int end, int sentence)
    {
        if (end + 1 >= v.Count || !v.TextIs(end, "of") || v.SentenceOf[end + 1] != sentence || v.Shapes[end + 1] != TokenShape.Capitalised)
        {
            return end;
        }

        int t = end + 1;
        while (t < v.Count && t - end <= 3 && v.Shapes[t] == TokenShape.Capitalised && v.SentenceOf[t] == sentence)
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// Session 27: <c>…, a senior Swiss official said. ¶ Alexis Lautenberg, minister for …, said</c> — a modifier word of
    /// a nationality or a place (a miscellaneous or location name lying wholly among the modifiers: "Swiss", "U.S.",
    /// "Western") describes the person as a lower-case word does; a person's or an organisation's name does not.
    /// </summary>
    private static bool IsNationality(DocumentView v, int t, int first, int end)
    {
        int e = v.EntityOf[t];
        if (e < 0)
        {
            return false;
        }

        Documents.EntityMention m = v.Document.Entities[e];
        return m.Type is Documents.EntityType.Miscellaneous or Documents.EntityType.Location && m.FirstToken >= first && m.EndToken <= end;
    }

    /// <summary>
    /// Session 27: true when every word of [<paramref name="first"/>, <paramref name="end"/>) is one capital letter with or
    /// without its full stop — "U. S." the recogniser took for a person's initials (<c>Among the drug's principal U. S.
    /// makers are …</c> was taken for "a Wall Street analyst" of the lead); a name has a word of its own.
    /// </summary>
    private static bool OnlyInitials(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = v.Chars(t);
            if (!(w.Equals(".", StringComparison.Ordinal) || (w.Length <= 2 && char.IsUpper(w[0]) && (w.Length == 1 || w[1] == '.'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a mention before <paramref name="index"/> has the speaker <paramref name="key"/>.</summary>
    private static bool NamedBefore(MentionIndex mentions, int index, string key)
    {
        for (int i = 0; i < index; i++)
        {
            if (mentions[i].Speaker.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence opening the story's body (the first after the headline paragraph), or -1.</summary>
    private static int LeadSentence(DocumentView v)
    {
        int headline = v.ParagraphOf[0];
        int body = 0;
        while (body < v.Count && v.ParagraphOf[body] == headline)
        {
            body++;
        }

        return body < v.Count ? v.SentenceOf[body] : -1;
    }
}
