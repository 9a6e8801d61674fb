using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>
/// The mentions that could be a quote's source: entity mentions, runs of capitalised words, personal and relative
/// pronouns, and noun phrases (each cut to its core, as the scorer compares the mention's words), in the cue's sentence
/// and its neighbours in the paragraph, outside quotations and outside the quote's content; plus the current source.
/// Linear in the window; no strings are built.
/// </summary>
internal static class SourceCandidates
{
    /// <summary>Candidates further than this many tokens from the anchor are not considered.</summary>
    public const int MaxDistance = 40;

    /// <summary>Adds the candidates of <paramref name="frame"/> to <paramref name="into"/> (cleared first), in text order.</summary>
    public static void Collect(DocumentView v, in QuoteFrame frame, List<SourceCandidate> into)
    {
        into.Clear();
        int anchor = Math.Clamp(frame.Anchor, 0, v.Count - 1);
        int sentence = v.SentenceOf[anchor];
        (int lo, int hi) = Window(v, frame, anchor, sentence);
        lo = Math.Max(lo, anchor - MaxDistance);
        hi = Math.Min(hi, anchor + MaxDistance + (frame.HasCue ? frame.CueEnd - frame.CueFirst : 0));
        var sentences = v.Document.Sentences;
        int sentenceStart = lo, currentSentence = -2;
        for (int t = lo; t < hi;)
        {
            int s = v.SentenceOf[t];
            if (s != currentSentence)
            {
                currentSentence = s;
                sentenceStart = s >= 0 ? Math.Max(lo, sentences[s].FirstToken) : lo;
            }

            if (v.InQuote(t) || frame.InContent(v, t))
            {
                t++;
                continue;
            }

            if (v.HasEntities && v.EntityOf[t] is >= 0 and var m)
            {
                EntityMention e = v.Document.Entities[m];
                int end = Math.Min(Math.Min(hi, v.Count), Math.Max(t + 1, e.EndToken));
                end = EndOutsideQuote(v, frame, t, end);
                into.Add(new SourceCandidate(t, end, e.Type switch
                {
                    EntityType.Person => MentionKind.Person,
                    EntityType.Organization => MentionKind.Organisation,
                    EntityType.Location => MentionKind.Location,
                    _ => MentionKind.Misc,
                }));
                t = end;
                continue;
            }

            if (v.Is(t, WordClass.SubjectPronoun))
            {
                into.Add(new SourceCandidate(t, t + 1, MentionKind.Pronoun));
                t++;
                continue;
            }

            if (v.Is(t, WordClass.Relative))
            {
                // "X, who said …": the relative pronoun is a source only when its clause holds the cue, not in
                // "X, who leads the delegation, said …".
                if (!frame.HasCue || t > frame.CueFirst || !CommaBetween(v, t, frame.CueFirst))
                {
                    into.Add(new SourceCandidate(t, t + 1, MentionKind.Relative));
                }

                t++;
                continue;
            }

            if (v.IsNameToken(t))
            {
                int end = t;
                while (end < hi && !v.InQuote(end) && (v.IsNameToken(end) || (v.Shapes[end] == TokenShape.Dash && end > t && v.IsNameToken(end + 1)))
                    && !(v.HasEntities && v.EntityOf[end] >= 0) && v.SentenceOf[end] == s)
                {
                    end++;
                }

                int first = t;
                while (first < end - 1 && v.Is(first, WordClass.CapitalisedFunctionWord | WordClass.Determiner))
                {
                    first++;
                }

                if (end > first && !(end - first == 1 && v.Is(first, WordClass.CapitalisedFunctionWord | WordClass.Determiner)))
                {
                    // A lone capitalised word before a lower-case word ("Officials met", "Union officials") is a candidate
                    // alone and, through the lower-case word, as part of a longer noun phrase.
                    into.Add(new SourceCandidate(first, end, MentionKind.Name));
                }

                t = Math.Max(t + 1, end);
                continue;
            }

            if (IsNounWord(v, t) && !(t + 1 < hi && v.SentenceOf[t + 1] == s && IsNounWord(v, t + 1) && !v.InQuote(t + 1)))
            {
                (int f, int e) = SourceFinder.PhraseEndingAt(v, t, sentenceStart);
                if (f < 0)
                {
                    (f, e) = (t, t + 1);
                }

                (f, e) = SourceFinder.Core(v, f, e);
                while (f < e && (v.InQuote(f) || frame.InContent(v, f)))
                {
                    f++;
                }

                if (f < e)
                {
                    into.Add(new SourceCandidate(f, e, KindOfHead(v, e - 1)));
                }
            }

            t++;
        }

        MergeTitles(v, into);
        if (frame.HasSource)
        {
            AddCurrent(into, frame.SourceFirst, frame.SourceEnd);
        }
    }

    /// <summary>
    /// "union leader | Maria Visser", "Finance Minister | Tobias Brandt": a title or role phrase right before a person's
    /// name is one mention with it (the name alone stays a candidate; the title alone, which names no one, does not).
    /// </summary>
    private static void MergeTitles(DocumentView v, List<SourceCandidate> into)
    {
        for (int i = into.Count - 2; i >= 0; i--)
        {
            SourceCandidate title = into[i], name = into[i + 1];
            if (title.End == name.First && name.Kind is MentionKind.Person or MentionKind.Name
                && title.Kind is MentionKind.RoleNoun or MentionKind.Common or MentionKind.Name or MentionKind.Group
                && v.Starts[name.First] > v.Ends[title.End - 1])
            {
                into[i] = new SourceCandidate(title.First, name.End, name.Kind);
            }
        }
    }

    /// <summary>The tokens searched: the anchor's sentence, the one before (in the paragraph, or any when there is no cue) and the one after in the paragraph.</summary>
    private static (int Lo, int Hi) Window(DocumentView v, in QuoteFrame frame, int anchor, int sentence)
    {
        var sentences = v.Document.Sentences;
        if (sentence < 0)
        {
            return (Math.Max(0, anchor - MaxDistance), Math.Min(v.Count, anchor + MaxDistance));
        }

        int paragraph = v.ParagraphOf[anchor];
        int first = sentence, last = sentence;
        if (first > 0 && (!frame.HasCue || v.ParagraphOf[sentences[first - 1].FirstToken] == paragraph))
        {
            first--;
        }

        if (last + 1 < sentences.Count && v.ParagraphOf[sentences[last + 1].FirstToken] == paragraph)
        {
            last++;
        }

        // A quote spanning sentences: the sentence holding its last token too ("“…. …,” he said").
        int contentLast = Math.Min(v.Count - 1, Math.Max(frame.ContentEnd - 1, anchor));
        int lastOfContent = v.SentenceOf[contentLast];
        if (lastOfContent > last && v.ParagraphOf[contentLast] == paragraph)
        {
            last = Math.Min(lastOfContent + 1 < sentences.Count && v.ParagraphOf[sentences[lastOfContent + 1].FirstToken] == paragraph ? lastOfContent + 1 : lastOfContent, sentence + 8);
        }

        return (sentences[first].FirstToken, Math.Min(v.Count, sentences[last].EndToken));
    }

    private static bool CommaBetween(DocumentView v, int first, int end)
    {
        for (int k = first + 1; k < end; k++)
        {
            if (v.Shapes[k] == TokenShape.Comma)
            {
                return true;
            }
        }

        return false;
    }

    private static int EndOutsideQuote(DocumentView v, in QuoteFrame frame, int first, int end)
    {
        for (int k = first + 1; k < end; k++)
        {
            if (v.InQuote(k) || frame.InContent(v, k))
            {
                return k;
            }
        }

        return end;
    }

    private static void AddCurrent(List<SourceCandidate> into, int first, int end)
    {
        int at = into.Count;
        for (int i = 0; i < into.Count; i++)
        {
            if (into[i].First == first && into[i].End == end)
            {
                return;
            }

            if (into[i].First > first && at == into.Count)
            {
                at = i;
            }
        }

        into.Insert(at, new SourceCandidate(first, end, MentionKind.Current));
    }

    /// <summary>
    /// A lower-case word that can end a noun phrase: not a function word, adverb or preposition, and not a verb of saying
    /// unless a determiner or preposition makes it a noun ("the report", "a statement").
    /// </summary>
    internal static bool IsNounWord(DocumentView v, int t) =>
        (uint)t < (uint)v.Count && v.Shapes[t] == TokenShape.Lower
        && (!v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb) || SpeakerWords.IsNounUse(v, t) || v.Is(t - 1, WordClass.Determiner))
        && !v.Is(t, WordClass.Boundary | WordClass.Auxiliary | WordClass.Determiner | WordClass.Adverb
            | WordClass.That | WordClass.Relative | WordClass.ObjectCue | WordClass.SubjectPronoun | WordClass.ObjectPronoun)
        && !SpeakerWords.IsPreposition(v.Chars(t)) && !SourceFinder.IsLyAdverb(v, t);

    private static MentionKind KindOfHead(DocumentView v, int head)
    {
        ReadOnlySpan<char> w = v.Chars(head);
        if (v.Is(head, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(w))
        {
            return MentionKind.RoleNoun;
        }

        if (SpeakerWords.IsDocumentNoun(w))
        {
            return MentionKind.DocumentNoun;
        }

        if (SpeakerWords.IsOrgNoun(w))
        {
            return MentionKind.OrgNoun;
        }

        if (v.IsNameToken(head))
        {
            return MentionKind.Name;
        }

        bool plural = w.Length > 3 && w[^1] == 's' && w[^2] != 's' || w.Equals("police", StringComparison.OrdinalIgnoreCase) || w.Equals("people", StringComparison.OrdinalIgnoreCase);
        return plural ? MentionKind.Group : MentionKind.Common;
    }
}
