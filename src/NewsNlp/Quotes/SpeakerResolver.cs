using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Resolves each quote's source mention to a speaker: named mentions to their entity (or to the fullest form of the
/// name in the document), pronouns to the nearest earlier person or group outside quotations, role nouns
/// ("the spokesman") to the person they were attached to earlier, continuation quotes to the previous quote's speaker.
/// Records the rule in <see cref="QuoteDraft.ResolvedBy"/>.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxParagraphDistance = 4;

    private readonly DocumentView _v;
    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<string, string> _fullNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _fullNamesBySpan;

    // Every name a candidate carries, with its lower-case key: a long article names the same people thousands of times,
    // so one string per distinct name (not several per mention) is built.
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan;
    private char[] _joined = new char[64];
    private Dictionary<int, string>? _clusterNames;
    private Dictionary<ulong, List<int>>? _roleNouns;

    // For each mention index: the last mention at or before it that is a person / a group (-1 when none), so that the
    // backward searches for an antecedent take O(1) instead of walking over every mention of a long paragraph.
    private int[] _previousPerson = [];
    private int[] _previousGroup = [];
    private bool _mentionsSorted;

    public SpeakerResolver(DocumentView v)
    {
        _v = v;
        _fullNamesBySpan = _fullNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _keysBySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        CollectMentions();
        IndexMentions();
    }

    private readonly List<Organisation> _organisations = [];

    private readonly record struct Mention(int First, int End, SpeakerCandidate Speaker);

    /// <summary>An organisation named outside quotations (for "the association" and the like), in text order.</summary>
    private readonly record struct Organisation(int First, int End, string Name, SpeakerCandidate Speaker);

    public void Resolve(List<QuoteDraft> drafts)
    {
        // Speakers already resolved, at the position of their source mention (for pronouns that refer back to them).
        var resolved = new ResolvedMentions(drafts.Count);
        foreach (QuoteDraft d in drafts)
        {
            if (d.ContinuesFrom is { } previous)
            {
                d.Speaker = previous.Speaker;
                d.ResolvedBy = "previous-speaker";
                continue;
            }

            if (!d.HasSource)
            {
                continue;
            }

            if (d.HasCue && d.CueFirst > d.SourceEnd && SubjectAfterInsertion(d.SourceFirst, d.SourceEnd, d.CueFirst) is (>= 0, _) subject)
            {
                d.SetSource(subject.First, subject.End);
            }

            (SpeakerCandidate? speaker, string rule) = ResolveSource(d.SourceFirst, d.SourceEnd, resolved);
            d.Speaker = speaker;
            d.ResolvedBy = rule;
            if (speaker is not null)
            {
                resolved.Add(new Mention(d.SourceFirst, d.SourceEnd, speaker));
            }
        }
    }

    private (SpeakerCandidate? Speaker, string Rule) ResolveSource(int first, int end, ResolvedMentions resolved, int depth = 0)
    {
        DocumentView v = _v;

        // "X, who …, said": a relative pronoun stands for the noun phrase before it.
        if (end - first == 1 && v.Is(first, WordClass.Relative) && depth == 0)
        {
            (int af, int ae) = RelativeAntecedent(first);
            if (af >= 0)
            {
                (SpeakerCandidate? antecedent, _) = ResolveSource(af, ae, resolved, depth + 1);
                if (antecedent is not null)
                {
                    // "which" stands for a thing or an organisation, never for a person a later "he" could mean.
                    bool which = v.TextIs(first, "which");
                    return (which && antecedent.EntityId < 0 && antecedent.Type is null ? antecedent with { IsPerson = false, IsGroup = true } : antecedent, "relative-pronoun");
                }
            }
        }

        // The whole noun phrase around the mention: "A manager at | one firm", "Analysts | at Moody's", and its head
        // part before any prepositional phrase ("Residents" of "Residents of the Linden neighborhood").
        int pf = depth == 0 ? ExtendLeft(first) : first;
        int pe = depth == 0 ? ExtendRight(pf, end) : end;
        if (depth == 0 && pe == end && end < v.Count && v.Shapes[end - 1] == TokenShape.Capitalised && IsNounAfter(end)
            && (v.Is(end, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(v.Chars(end))))
        {
            // "The Pakistani | government is expected": the noun the mention's last word modifies.
            pe = end + 1;
        }
        int headEnd = HeadEnd(pf, pe);
        int head = headEnd - 1;

        // "A spokesman for the authority, Daniel Reyes, said": a role noun followed by an appositive name.
        if (depth == 0 && IsRoleHead(head) && Appositive(pe) is { } apposed)
        {
            return (apposed, "appositive");
        }

        if (v.HasEntities)
        {
            int best = HeadEntity(pf, headEnd, pe);
            if (best >= 0)
            {
                SpeakerCandidate entity = FromEntity(best);
                (int rf, int re) = NameRun(pf, headEnd);
                if (rf >= 0)
                {
                    ReadOnlySpan<char> written = FullName(JoinSpan(rf, re), out string? known);
                    if (written.Length > entity.Name.Length && written.Contains(entity.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        string name = known is null ? Intern(written, out string key) : Intern(known, out key);
                        entity = entity with { Key = key, Name = name };
                    }
                }

                return (entity, "entity");
            }
        }

        if (end - first == 1 && v.Is(first, WordClass.SingularPronoun))
        {
            return (Antecedent(first, resolved, person: true), "pronoun");
        }

        if (end - first == 1 && v.Is(first, WordClass.PluralPronoun | WordClass.ItPronoun))
        {
            return (GroupAntecedent(first, resolved), "pronoun");
        }

        // A name inside the source phrase ("Daniel Reyes", "the transit spokesman, Daniel Reyes"); not a one-word
        // modifier of a noun ("the Dutch minister", "Gaza residents").
        (int nf, int ne) = NameRun(pf, headEnd);
        if (nf >= 0 && !IsModifier(nf, ne)
            && (ne == headEnd || v.Shapes[ne] == TokenShape.Comma || !v.Is(head, WordClass.RoleNoun) && v.Shapes[head] != TokenShape.Lower))
        {
            return (FromName(nf, ne), "name");
        }

        // "a spokeswoman for Hapag-Lloyd", "a statement from the ministry": the organisation speaks.
        if (depth == 0 && headEnd + 1 < pe && SpeakerWords.IsSpokesNoun(v.Chars(head)) && IsOrganisationPreposition(headEnd))
        {
            (SpeakerCandidate? organisation, string rule) = ResolveSource(headEnd + 1, pe, resolved, depth + 1);
            if (organisation is not null && rule != "description")
            {
                return (organisation with { IsPerson = false, IsGroup = true }, "spokesperson-for");
            }
        }

        // "the association", "the transit authority": the organisation named earlier.
        if (v.Shapes[head] == TokenShape.Lower && SpeakerWords.IsOrgNoun(v.Chars(head)) && head > pf && SpeakerWords.IsDefinite(v.Chars(pf)))
        {
            SpeakerCandidate? organisation = OrganisationAntecedent(pf + 1, head, first);
            if (organisation is not null)
            {
                return (organisation, "org-noun");
            }
        }

        // A role noun: the person it described earlier ("A spokesman for the agency, Daniel Reyes, said …").
        if (v.Is(head, WordClass.RoleNoun) && !IsPlural(v.Chars(head)) && !SpeakerWords.IsIndefinite(v.Chars(pf)) && !SpeakerWords.IsDocumentNoun(v.Chars(head)))
        {
            SpeakerCandidate? linked = RoleAntecedent(head, pf, first);
            if (linked is not null)
            {
                return (linked, "role-noun");
            }

            // "Donald Trump says … . The Republican nominee noted …": a definite role noun right after a named speaker.
            if (SpeakerWords.IsDefinite(v.Chars(pf)) && RecentNamedSpeaker(first, resolved) is { } recent)
            {
                return (recent, "role-noun");
            }
        }

        string description = Describe(pf, pe, out string descriptionKey);
        bool plural = IsPlural(v.Chars(head));

        // A singular description is a person ("a spokeswoman", "the minister") only when it is headed by a role noun or a
        // pronoun: "one of the two" or "the plan" must not become the antecedent of a later "he".
        bool sentenceInitial = head == 0 || v.SentenceOf[head - 1] != v.SentenceOf[head];
        bool person = !plural && (v.Is(head, WordClass.RoleNoun | WordClass.SingularPronoun) || (v.IsNameToken(head) && !sentenceInitial) || (v.HasEntities && v.EntityOf[head] >= 0));
        return (new SpeakerCandidate(descriptionKey, description, null, -1, person, plural), "description");
    }

    /// <summary>
    /// "In Duisburg, the inland port on the Rhine, logistics firms said": a mention inside a prepositional phrase that
    /// is followed by a comma and the cue's own subject is not the source; the subject is. (-1, -1) when that does not apply.
    /// </summary>
    private (int First, int End) SubjectAfterInsertion(int first, int end, int cue)
    {
        DocumentView v = _v;
        if (end >= v.Count || v.Shapes[end] != TokenShape.Comma || first == 0)
        {
            return (-1, -1);
        }

        int prep = v.Is(first - 1, WordClass.Determiner) ? first - 2 : first - 1;
        if (prep < 0 || v.Shapes[prep] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(prep)) || v.SentenceOf[prep] != v.SentenceOf[first])
        {
            return (-1, -1);
        }

        (int f, int e) = SourceFinder.SubjectBefore(v, cue, end + 1);
        return f > end ? (f, e) : (-1, -1);
    }

    /// <summary>The noun phrase a relative pronoun refers to: "Whitfield" of "Whitfield, who …", or (-1, -1).</summary>
    private (int First, int End) RelativeAntecedent(int pronoun)
    {
        DocumentView v = _v;
        int limit = SentenceStart(pronoun);
        int last = pronoun - 1;
        if (last >= limit && v.Shapes[last] == TokenShape.Comma)
        {
            last--;
        }

        if (last < limit || v.InQuote(last))
        {
            return (-1, -1);
        }

        (int f, int e) = AntecedentPhrase(last, limit);
        int entity = v.HasEntities ? v.EntityOf[last] : -1;
        if (entity >= 0)
        {
            int ef = Math.Max(limit, v.Document.Entities[entity].FirstToken);
            f = f < 0 ? ef : Math.Min(f, ef);
            e = last + 1;
        }

        return f < 0 ? (-1, -1) : (ExtendLeft(f), e);
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="last"/> before a relative pronoun: a run of name words ("Pakistan’s
    /// National Disaster Management Authority"), or lower-case words back to a determiner ("the budget committee");
    /// never across a preposition or a verb-like boundary word. (-1, -1) when none.
    /// </summary>
    private (int First, int End) AntecedentPhrase(int last, int limit)
    {
        DocumentView v = _v;
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

    /// <summary>"A manager at | one firm": the role-noun phrase a mention is the prepositional object of.</summary>
    private int ExtendLeft(int first)
    {
        DocumentView v = _v;
        int limit = SentenceStart(first);
        int prep = first - 1;
        if (prep - 1 < limit || v.InQuote(prep) || v.InQuote(prep - 1) || v.Shapes[prep] != TokenShape.Lower
            || !SpeakerWords.IsPreposition(v.Chars(prep)) || !v.Is(prep - 1, WordClass.RoleNoun))
        {
            return first;
        }

        (int f, _) = SourceFinder.PhraseEndingAt(v, prep - 1, limit);
        return f >= 0 ? f : first;
    }

    /// <summary>"Analysts | at Moody's Investors Service said": the prepositional phrase after a role-noun mention, when it ends the subject.</summary>
    private int ExtendRight(int first, int end)
    {
        DocumentView v = _v;
        int head = HeadEnd(first, end) - 1;
        if (end >= v.Count || head != end - 1 || v.InQuote(end) || v.Shapes[end] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(end))
            || !(v.Is(head, WordClass.RoleNoun) || SpeakerWords.IsSpokesNoun(v.Chars(head)) || IsPlural(v.Chars(head)) && v.Shapes[head] == TokenShape.Lower))
        {
            return end;
        }

        int k = end + 1;
        if (k < v.Count && v.Is(k, WordClass.Determiner) && !v.Is(k, WordClass.That))
        {
            k++;
        }

        int words = 0;
        bool timeOnly = true;
        while (k < v.Count && words < 6 && !v.InQuote(k) && v.SentenceOf[k] == v.SentenceOf[end])
        {
            bool name = v.IsNameToken(k) || (v.Shapes[k] == TokenShape.Dash && v.IsNameToken(k - 1) && v.IsNameToken(k + 1)) || SpeakerWords.IsPossessive(v.Chars(k));
            bool noun = v.Shapes[k] == TokenShape.Lower && !v.Is(k, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb | WordClass.Determiner)
                && !SpeakerWords.IsPreposition(v.Chars(k));
            if (!name && !noun)
            {
                break;
            }

            timeOnly &= v.Is(k, WordClass.TimeWord | WordClass.CapitalisedFunctionWord);
            words++;
            k++;
        }

        if (words == 0 || timeOnly)
        {
            return end;
        }

        bool ends = k >= v.Count || v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd
            || v.Is(k, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb | WordClass.ObjectCue);
        return ends ? k : end;
    }

    /// <summary>One past the head part of a phrase: the phrase cut before a preposition that is not inside a name.</summary>
    private int HeadEnd(int first, int end)
    {
        DocumentView v = _v;
        for (int t = first + 1; t < end; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || !SpeakerWords.IsPreposition(v.Chars(t)))
            {
                continue;
            }

            bool insideEntity = v.HasEntities && v.EntityOf[t] >= 0 && v.EntityOf[t] == v.EntityOf[t - 1];
            bool insideName = !v.HasEntities && v.IsNameToken(t - 1) && v.IsNameToken(t + 1) && !v.Is(t - 1, WordClass.RoleNoun | WordClass.CapitalisedFunctionWord);
            if (!insideEntity && !insideName)
            {
                return t;
            }
        }

        return end;
    }

    /// <summary>The entity mention that heads [first, headEnd): not a possessor ("Pakistan’s …") nor a place or nationality modifying a noun.</summary>
    private int HeadEntity(int first, int headEnd, int phraseEnd)
    {
        DocumentView v = _v;
        NewsDocument doc = v.Document;
        int best = -1;
        for (int t = first; t < headEnd; t++)
        {
            int m = v.EntityOf[t];
            if (m < 0 || (t > first && v.EntityOf[t - 1] == m))
            {
                continue;
            }

            EntityMention e = doc.Entities[m];
            int after = Math.Min(v.Count, Math.Max(t + 1, e.EndToken));
            if (after < headEnd && SpeakerWords.IsPossessive(v.Chars(after)) && after + 1 < headEnd)
            {
                continue;
            }

            if (e.Type == EntityType.Miscellaneous && after < v.Count && IsNounAfter(after) && (after < headEnd || after == phraseEnd))
            {
                continue;
            }

            if (best < 0 || (e.Type == EntityType.Person && doc.Entities[best].Type != EntityType.Person))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>True when a one-word name run modifies the lower-case noun after it ("Dutch minister", "Gaza residents").</summary>
    private bool IsModifier(int nf, int ne) => ne - nf == 1 && ne < _v.Count && IsNounAfter(ne);

    private bool IsNounAfter(int t) =>
        _v.Shapes[t] == TokenShape.Lower && !_v.InQuote(t)
        && !_v.Is(t, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb | WordClass.Determiner | WordClass.ObjectCue | WordClass.That)
        && !SpeakerWords.IsPreposition(_v.Chars(t));

    private bool IsRoleHead(int head) =>
        _v.Is(head, WordClass.RoleNoun) && !IsPlural(_v.Chars(head)) || SpeakerWords.IsSpokesNoun(_v.Chars(head));

    private bool IsOrganisationPreposition(int t) => _v.TextIs(t, "for") || _v.TextIs(t, "from") || _v.TextIs(t, "of") || _v.TextIs(t, "at");

    /// <summary>", Daniel Reyes," after a role-noun phrase: the person named in apposition, or null.</summary>
    private SpeakerCandidate? Appositive(int at)
    {
        DocumentView v = _v;
        if (at >= v.Count || v.Shapes[at] != TokenShape.Comma || v.InQuote(at))
        {
            return null;
        }

        int s = at + 1, k = s;
        while (k < v.Count && k - s < 6 && !v.InQuote(k)
            && (v.IsNameToken(k) || (k > s && v.Shapes[k] == TokenShape.Dash && v.IsNameToken(k + 1)) || (k > s && v.TextIs(k, ".") && v.Starts[k] == v.Ends[k - 1])))
        {
            k++;
        }

        if (k == s || k >= v.Count || v.Shapes[s] != TokenShape.Capitalised || (k - s == 1 && v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
            || !(v.Shapes[k] == TokenShape.Comma || v.Is(k, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb)))
        {
            return null;
        }

        if (v.HasEntities)
        {
            for (int t = s; t < k; t++)
            {
                int m = v.EntityOf[t];
                if (m < 0)
                {
                    continue;
                }

                EntityType type = v.Document.Entities[m].Type;
                return type == EntityType.Person ? FromEntity(m) : null;
            }
        }

        while (s < k - 1 && v.Is(s, WordClass.CapitalisedFunctionWord))
        {
            s++;
        }

        return HasOrgWord(s, k) ? null : FromName(s, k);
    }

    /// <summary>
    /// The organisation a definite noun ("the association", "the transit authority") refers to: the nearest earlier
    /// organisation whose name holds the noun (or is followed by it: "the FNV Havens union"), preferring the one whose
    /// name also holds the noun's modifiers; else the nearest earlier organisation a few paragraphs back.
    /// </summary>
    private SpeakerCandidate? OrganisationAntecedent(int modifiersFirst, int noun, int before)
    {
        DocumentView v = _v;
        ReadOnlySpan<char> word = v.Chars(noun);
        int bestScore = -1;
        Organisation? best = null;
        Organisation? nearest = null;
        bool modified = false;
        int maxScore = 1;
        for (int t = modifiersFirst; t < noun; t++)
        {
            modified |= v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.Determiner);
            maxScore += v.Is(t, WordClass.Determiner) ? 0 : 1;
        }

        int i = SortedSearch.CountBefore(_organisations, before, static o => o.First) - 1;
        for (int k = i; k >= 0 && i - k < 200; k--)
        {
            Organisation o = _organisations[k];
            nearest ??= o;
            if (o.Name.Length > 300)
            {
                continue; // a pathological "name" (a huge token) is not searched, keeping the scan linear
            }

            bool named = ContainsWord(o.Name, word) || (o.End < v.Count && v.Chars(o.End).Equals(word, StringComparison.OrdinalIgnoreCase));
            if (!named)
            {
                continue;
            }

            // Every capitalised modifier must be in the name ("the Pakistani government" is not "the Sindh government").
            int score = 1;
            for (int t = modifiersFirst; t < noun; t++)
            {
                if (!v.Is(t, WordClass.Determiner) && ContainsWord(o.Name, v.Chars(t)))
                {
                    score++;
                }
                else if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.Determiner))
                {
                    score = -1;
                    break;
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = o;
                if (score == maxScore)
                {
                    break; // nearest first: no farther organisation can score higher
                }
            }
        }

        if (best is not null)
        {
            return best.Value.Speaker;
        }

        return !modified && nearest is { } n && v.ParagraphOf[before] - v.ParagraphOf[n.First] <= 2 ? n.Speaker : null;
    }

    private static bool ContainsWord(string name, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from <= name.Length - word.Length)
        {
            int i = name.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            i += from;
            int after = i + word.Length;
            if ((i == 0 || !char.IsLetter(name[i - 1])) && (after == name.Length || !char.IsLetter(name[after])))
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }

    private int SentenceStart(int token)
    {
        int s = _v.SentenceOf[token];
        return s >= 0 ? Math.Max(0, _v.Document.Sentences[s].FirstToken) : 0;
    }

    private SpeakerCandidate FromEntity(int mentionIndex)
    {
        NewsDocument doc = _v.Document;
        EntityMention m = doc.Entities[mentionIndex];
        string name = m.Text;
        if (m.EntityId >= 0)
        {
            // Built once: looking the cluster up by a scan per mention was quadratic in documents with many distinct names.
            if (_clusterNames is null)
            {
                _clusterNames = [];
                foreach (DocumentEntity e in doc.EntityClusters)
                {
                    _clusterNames.TryAdd(e.Id, e.CanonicalName);
                }
            }

            if (_clusterNames.TryGetValue(m.EntityId, out string? canonical))
            {
                name = canonical;
            }
        }

        // The name as written around the mention ("Omar al-Rashid" when the recogniser split it) and its fullest form in the document.
        if (m.Type == EntityType.Person)
        {
            int first = Math.Max(0, m.FirstToken), end = Math.Min(_v.Count, m.EndToken);
            while (first > 0 && !_v.InQuote(first - 1) && !OtherKindOfEntity(first - 1)
                && ((_v.IsNameToken(first - 1) && !_v.Is(first - 1, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
                    || (first > 1 && _v.Shapes[first - 1] == TokenShape.Dash && _v.IsNameToken(first - 2) && _v.Starts[first] == _v.Ends[first - 1])))
            {
                first--;
            }

            while (end < _v.Count && !OtherKindOfEntity(end) && (_v.IsNameToken(end) || (_v.Shapes[end] == TokenShape.Dash && _v.IsNameToken(end + 1))) && !_v.InQuote(end))
            {
                end++;
            }

            ReadOnlySpan<char> written = FullName(JoinSpan(first, end), out string? knownWritten);
            ReadOnlySpan<char> full = FullName(name, out string? knownFull);
            name = written.Length > full.Length && written.Contains(full, StringComparison.OrdinalIgnoreCase)
                ? knownWritten ?? Intern(written, out _)
                : knownFull ?? Intern(full, out _);
        }

        name = Intern(name, out string key);
        return new SpeakerCandidate(key, name, m.Type, m.EntityId, m.Type == EntityType.Person, m.Type != EntityType.Person);
    }

    /// <summary>True when the token belongs to an entity mention that is a place or an organisation ("Kazakhstan" before "George Krol").</summary>
    private bool OtherKindOfEntity(int token) => _v.EntityOf[token] >= 0 && _v.Document.Entities[_v.EntityOf[token]].Type is EntityType.Location or EntityType.Organization;

    private SpeakerCandidate FromName(int first, int end)
    {
        ReadOnlySpan<char> full = FullName(JoinSpan(first, end), out string? known);
        string name = known is null ? Intern(full, out string key) : Intern(known, out key);
        bool org = HasOrgWord(first, end);

        return new SpeakerCandidate(key, name, null, -1, !org, org);
    }

    private SpeakerCandidate? Antecedent(int before, ResolvedMentions resolved, bool person)
    {
        int paragraph = _v.ParagraphOf[before];
        Mention? best = person ? resolved.LastPersonBefore(before) : resolved.LastNonPersonBefore(before);
        if (_mentionsSorted)
        {
            // The loop below in O(1): mentions are in text order, so its break conditions only get truer going back.
            int last = LastMentionBefore(before);
            int j = last < 0 ? -1 : person ? _previousPerson[last] : PreviousNonPerson(last);
            if (j >= 0)
            {
                Mention m = _mentions[j];
                if (paragraph - _v.ParagraphOf[m.First] <= MaxParagraphDistance && (best is null || m.First > best.Value.First))
                {
                    best = m;
                }
            }

            return best is not null && paragraph - _v.ParagraphOf[best.Value.First] <= MaxParagraphDistance ? best.Value.Speaker : null;
        }

        for (int i = LastMentionBefore(before); i >= 0; i--)
        {
            Mention m = _mentions[i];
            if (paragraph - _v.ParagraphOf[m.First] > MaxParagraphDistance)
            {
                break;
            }

            if (best is not null && m.First <= best.Value.First)
            {
                break;
            }

            if (m.Speaker.IsPerson == person)
            {
                best = m;
                break;
            }
        }

        return best is not null && paragraph - _v.ParagraphOf[best.Value.First] <= MaxParagraphDistance ? best.Value.Speaker : null;
    }

    private SpeakerCandidate? GroupAntecedent(int pronoun, ResolvedMentions resolved)
    {
        DocumentView v = _v;
        int s = v.SentenceOf[pronoun];
        for (int back = 0; s >= 0 && back <= 2 && s - back >= 0; back++)
        {
            TokenRange sentence = v.Document.Sentences[s - back];
            if (v.ParagraphOf[sentence.FirstToken] < v.ParagraphOf[pronoun] - 1 || StartsWithPreposition(v, sentence.FirstToken))
            {
                continue;
            }

            (int f, int e) = SourceFinder.SentenceSubject(v, sentence.FirstToken, back == 0 ? pronoun : sentence.EndToken);
            if (f < 0 || e > pronoun || (e - f == 1 && v.Is(f, WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.ItPronoun)))
            {
                continue;
            }

            if (back > 0 && !IsPlural(v.Chars(e - 1)) && !v.Is(e - 1, WordClass.NonPersonNameWord | WordClass.RoleNoun))
            {
                continue;
            }

            (SpeakerCandidate? sc, _) = ResolveSource(f, e, resolved);
            if (sc is not null && (back == 0 || sc.IsGroup))
            {
                return sc;
            }
        }

        Mention? best = resolved.LastGroupBefore(pronoun);
        if (_mentionsSorted)
        {
            // The loop below in O(1) (see Antecedent).
            int last = LastMentionBefore(pronoun);
            int j = last < 0 ? -1 : _previousGroup[last];
            if (j >= 0 && (best is null || _mentions[j].First > best.Value.First))
            {
                best = _mentions[j];
            }
        }

        for (int i = _mentionsSorted ? -1 : LastMentionBefore(pronoun); i >= 0; i--)
        {
            Mention m = _mentions[i];
            if (best is not null && m.First <= best.Value.First)
            {
                break;
            }

            if (m.Speaker.IsGroup)
            {
                best = m;
                break;
            }
        }

        int paragraph = v.ParagraphOf[pronoun];
        return best is not null && paragraph - v.ParagraphOf[best.Value.First] <= MaxParagraphDistance ? best.Value.Speaker : null;
    }

    private SpeakerCandidate? RoleAntecedent(int head, int phraseFirst, int sourceFirst)
    {
        // An earlier mention of the same role noun next to a name: "the transit spokesman, Daniel Reyes" or "X, the spokesman";
        // its capitalised modifiers too ("the Republican nominee" is not the Democratic one).
        DocumentView v = _v;
        ReadOnlySpan<char> word = v.Chars(head);
        List<int> positions = RoleNounPositions(word);

        // The same role noun's earlier positions, nearest first (an index instead of a scan over every token before).
        for (int p = SortedSearch.CountBefore(positions, sourceFirst, static t => t) - 1; p >= 0 && sourceFirst - positions[p] < 3000; p--)
        {
            int t = positions[p];
            if (v.InQuote(t) || !v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase) || !ModifiersBefore(phraseFirst, head, t))
            {
                continue;
            }

            if (NearbyPerson(t) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Positions of the role nouns spelled like <paramref name="word"/> (ignoring case), in text order; built once per document.</summary>
    private List<int> RoleNounPositions(ReadOnlySpan<char> word)
    {
        DocumentView v = _v;
        if (_roleNouns is null)
        {
            _roleNouns = [];
            for (int t = 0; t < v.Count; t++)
            {
                if (v.Is(t, WordClass.RoleNoun))
                {
                    ulong key = NewsNlp.Learning.StableHash.AddLower(NewsNlp.Learning.StableHash.Seed, v.Chars(t));
                    if (!_roleNouns.TryGetValue(key, out List<int>? list))
                    {
                        _roleNouns[key] = list = [];
                    }

                    list.Add(t);
                }
            }
        }

        return _roleNouns.GetValueOrDefault(NewsNlp.Learning.StableHash.AddLower(NewsNlp.Learning.StableHash.Seed, word)) ?? [];
    }

    /// <summary>The person speaker resolved by name in this sentence or the two before it, or null.</summary>
    private SpeakerCandidate? RecentNamedSpeaker(int before, ResolvedMentions resolved)
    {
        DocumentView v = _v;
        int sentence = v.SentenceOf[before];
        IReadOnlyList<Mention> recent = resolved.InOrder;
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
    private bool ModifiersBefore(int first, int head, int noun)
    {
        DocumentView v = _v;
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
    private SpeakerCandidate? NearbyPerson(int token)
    {
        int i = LastMentionBefore(token + 12);
        for (int k = i; k >= 0 && k > i - 6; k--)
        {
            Mention m = _mentions[k];
            if (m.Speaker.IsPerson && Math.Abs(m.First - token) <= 10 && _v.SentenceOf[m.First] == _v.SentenceOf[token])
            {
                return m.Speaker;
            }
        }

        return null;
    }

    private void IndexMentions()
    {
        int n = _mentions.Count;
        _previousPerson = new int[n];
        _previousGroup = new int[n];
        _mentionsSorted = true;
        int person = -1, group = -1;
        for (int i = 0; i < n; i++)
        {
            Mention m = _mentions[i];
            _mentionsSorted &= i == 0 || _mentions[i - 1].First <= m.First;
            person = m.Speaker.IsPerson ? i : person;
            group = m.Speaker.IsGroup ? i : group;
            _previousPerson[i] = person;
            _previousGroup[i] = group;
        }
    }

    /// <summary>The last mention at or before <paramref name="i"/> that is not a person (not needed by the default rules; a plain scan).</summary>
    private int PreviousNonPerson(int i)
    {
        while (i >= 0 && _mentions[i].Speaker.IsPerson)
        {
            i--;
        }

        return i;
    }

    private int LastMentionBefore(int token) => SortedSearch.CountBefore(_mentions, token, static m => m.First) - 1;

    /// <summary>The longest run of name tokens inside [first, end), or (-1, -1).</summary>
    private (int First, int End) NameRun(int first, int end)
    {
        DocumentView v = _v;
        int bestF = -1, bestE = -1;
        for (int t = first; t < end;)
        {
            if (!v.IsNameToken(t) || (v.Is(t, WordClass.CapitalisedFunctionWord) && !v.IsNameToken(t + 1)) || v.Is(t, WordClass.RoleNoun) && !v.IsNameToken(t + 1))
            {
                t++;
                continue;
            }

            int s = t;
            while (t < end && (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && t + 1 < end && v.IsNameToken(t + 1))))
            {
                t++;
            }

            while (s < t && (v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.NameParticle) && s + 1 < t) && v.Shapes[s + 1] != TokenShape.Dash)
            {
                s++;
            }

            if (t - s > bestE - bestF && !(t - s == 1 && (v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.NameParticle) || v.Is(s, WordClass.RoleNoun))))
            {
                bestF = s;
                bestE = t;
            }
        }

        return (bestF, bestE);
    }

    private void CollectMentions()
    {
        DocumentView v = _v;
        NewsDocument doc = v.Document;
        if (v.HasEntities)
        {
            _mentions.EnsureCapacity(doc.Entities.Count);
            RememberRuns();
            for (int m = 0; m < doc.Entities.Count; m++)
            {
                EntityMention e = doc.Entities[m];
                if (e.FirstToken < 0 || e.FirstToken >= v.Count || v.InQuote(e.FirstToken) || e.Type is EntityType.Location)
                {
                    continue;
                }

                if (e.Type == EntityType.Person)
                {
                    RememberFullName(e.Text.AsSpan());
                }

                SpeakerCandidate candidate = FromEntity(m);
                _mentions.Add(new Mention(e.FirstToken, e.EndToken, candidate));
                if (e.Type == EntityType.Organization)
                {
                    _organisations.Add(new Organisation(e.FirstToken, Math.Min(v.Count, e.EndToken), e.Text + " " + candidate.Name, candidate));
                }
            }

            _organisations.Sort((a, b) => a.First.CompareTo(b.First));
            return;
        }

        // Without NER: runs of capitalised tokens outside quotations; two-word runs without organisation words are people.
        var runs = new List<(int First, int End)>();
        for (int t = 0; t < v.Count;)
        {
            if (!v.IsNameToken(t) || v.InQuote(t))
            {
                t++;
                continue;
            }

            int s = t;
            while (t < v.Count && !v.InQuote(t) && (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && v.IsNameToken(t + 1) && t > s)))
            {
                t++;
            }

            int f = s;
            while (f < t && (v.Is(f, WordClass.CapitalisedFunctionWord | WordClass.NameParticle | WordClass.RoleNoun) || v.Shapes[f] == TokenShape.Dash)
                && !(v.Is(f, WordClass.NameParticle) && f + 1 < t && v.Shapes[f + 1] == TokenShape.Dash))
            {
                f++;
            }

            if (t - f >= 1 && !v.Is(t - 1, WordClass.NameParticle))
            {
                runs.Add((f, t));
                if (t - f >= 2 && !HasOrgWord(f, t))
                {
                    RememberFullName(JoinSpan(f, t));
                }
            }
        }

        foreach ((int f, int e) in runs)
        {
            ReadOnlySpan<char> joined = JoinSpan(f, e);
            ReadOnlySpan<char> full = FullName(joined, out string? known);
            bool org = HasOrgWord(f, e);
            bool knownPerson = !org && (e - f >= 2 || !full.SequenceEqual(joined));
            string name = known is null ? Intern(full, out string key) : Intern(known, out key);
            var candidate = new SpeakerCandidate(key, name, null, -1, knownPerson, org);
            _mentions.Add(new Mention(f, e, candidate));
            if (org)
            {
                _organisations.Add(new Organisation(f, e, name, candidate));
            }
        }
    }

    private void RememberRuns()
    {
        DocumentView v = _v;
        for (int t = 0; t < v.Count;)
        {
            if (!v.IsNameToken(t) || v.InQuote(t))
            {
                t++;
                continue;
            }

            int s = t;
            while (t < v.Count && !v.InQuote(t) && (v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Dash && v.IsNameToken(t + 1) && t > s)))
            {
                t++;
            }

            while (s < t && v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun) && !v.Is(s, WordClass.NameParticle))
            {
                s++;
            }

            if (t - s >= 2 && !HasOrgWord(s, t) && !v.Is(t - 1, WordClass.NameParticle) && v.EntityOf[s] >= 0 && v.Document.Entities[v.EntityOf[s]].Type == EntityType.Person)
            {
                RememberFullName(JoinSpan(s, t));
            }
        }
    }

    private bool HasOrgWord(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (_v.Is(t, WordClass.NonPersonNameWord) || (_v.Shapes[t] == TokenShape.Capitalised && SpeakerWords.IsOrgNoun(_v.Chars(t))))
            {
                return true;
            }
        }

        return false;
    }

    private void RememberFullName(ReadOnlySpan<char> name)
    {
        int space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return;
        }

        // The name's string is only built when the table changes (in a long article the same names come back).
        string? text = null;
        ReadOnlySpan<char> last = name[(space + 1)..];
        if (!_fullNamesBySpan.TryGetValue(last, out string? known) || known.Length < name.Length)
        {
            _fullNamesBySpan[last] = text = name.ToString();
        }

        // "al-Jaafari" is also known as "Jaafari".
        int dash = last.IndexOf('-');
        if (dash > 0 && dash < last.Length - 1)
        {
            ReadOnlySpan<char> bare = last[(dash + 1)..];
            if (!_fullNamesBySpan.TryGetValue(bare, out known) || known.Length < name.Length)
            {
                _fullNamesBySpan[bare] = text ?? name.ToString();
            }
        }
    }

    /// <summary>
    /// The fullest form of a name used in the document ("Jaafari" → "Bashar al-Jaafari"): a known full name (also in
    /// <paramref name="known"/>) or the name itself without a possessive ending (then <paramref name="known"/> is null).
    /// </summary>
    private ReadOnlySpan<char> FullName(ReadOnlySpan<char> name, out string? known)
    {
        ReadOnlySpan<char> trimmed = StripPossessive(name);
        int space = trimmed.LastIndexOf(' ');
        if (space >= 0)
        {
            known = _fullNamesBySpan.TryGetValue(trimmed[(space + 1)..], out string? full) && full.AsSpan().EndsWith(trimmed, StringComparison.OrdinalIgnoreCase) ? full : null;
        }
        else
        {
            known = _fullNamesBySpan.TryGetValue(trimmed, out string? f) ? f : null;
        }

        return known is null ? trimmed : known;
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> name) =>
        name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2].TrimEnd() : name;

    private string Describe(int first, int end, out string key)
    {
        int f = first;
        if (end - f > 1 && _v.TextIs(f, "the"))
        {
            f++;
        }

        return Intern(JoinSpan(f, end), out key);
    }

    /// <summary>The shared string equal to <paramref name="name"/>, and its lower-case key.</summary>
    private string Intern(ReadOnlySpan<char> name, out string key)
    {
        if (_keysBySpan.TryGetValue(name, out string? shared, out string? k))
        {
            key = k;
            return shared;
        }

        shared = name.ToString();
        key = shared.ToLowerInvariant();
        _keys.Add(shared, key);
        return shared;
    }

    /// <summary>The shared string equal to <paramref name="name"/> (itself when first seen), and its lower-case key.</summary>
    private string Intern(string name, out string key)
    {
        if (_keysBySpan.TryGetValue(name, out string? shared, out string? k))
        {
            key = k;
            return shared;
        }

        key = name.ToLowerInvariant();
        _keys.Add(name, key);
        return name;
    }

    /// <summary>
    /// The tokens [first, end) as written, one space wherever the text has a gap between two tokens, in a buffer reused
    /// by the next call.
    /// </summary>
    private ReadOnlySpan<char> JoinSpan(int first, int end)
    {
        DocumentView v = _v;
        int length = 0;
        for (int t = first; t < end; t++)
        {
            length += v.Ends[t] - v.Starts[t] + (t > first && v.Starts[t] > v.Ends[t - 1] ? 1 : 0);
        }

        if (_joined.Length < length)
        {
            _joined = new char[Math.Max(length, _joined.Length * 2)];
        }

        Span<char> buffer = _joined;
        int k = 0;
        for (int t = first; t < end; t++)
        {
            if (t > first && v.Starts[t] > v.Ends[t - 1])
            {
                buffer[k++] = ' ';
            }

            ReadOnlySpan<char> chars = v.Chars(t);
            chars.CopyTo(buffer[k..]);
            k += chars.Length;
        }

        return buffer[..k];
    }

    /// <summary>
    /// Speakers resolved so far at their source mentions, kept sorted by position per kind so that "the last one before
    /// token t" is a binary search (the earliest added wins among mentions at the same position, as a scan in order would give).
    /// </summary>
    private sealed class ResolvedMentions
    {
        private readonly List<Mention> _persons;
        private readonly List<Mention> _nonPersons;
        private readonly List<Mention> _groups;
        private readonly List<Mention> _inOrder;

        /// <param name="capacity">At most this many mentions are added (one per quote): the lists never grow by copying.</param>
        public ResolvedMentions(int capacity)
        {
            _persons = new(capacity);
            _nonPersons = new(capacity);
            _groups = new(capacity);
            _inOrder = new(capacity);
        }

        /// <summary>Every mention in the order added.</summary>
        public IReadOnlyList<Mention> InOrder => _inOrder;

        public void Add(Mention m)
        {
            _inOrder.Add(m);
            Insert(m.Speaker.IsPerson ? _persons : _nonPersons, m);
            if (m.Speaker.IsGroup)
            {
                Insert(_groups, m);
            }
        }

        public Mention? LastPersonBefore(int token) => LastBefore(_persons, token);

        public Mention? LastNonPersonBefore(int token) => LastBefore(_nonPersons, token);

        public Mention? LastGroupBefore(int token) => LastBefore(_groups, token);

        private static void Insert(List<Mention> list, Mention m)
        {
            // After every mention at the same position; sources come in text order, so this is nearly always an append.
            int at = list.Count;
            while (at > 0 && list[at - 1].First > m.First && at > list.Count - 8)
            {
                at--;
            }

            if (at > 0 && list[at - 1].First > m.First)
            {
                at = SortedSearch.CountBefore(list, m.First + 1, static x => x.First);
            }

            list.Insert(at, m);
        }

        private static Mention? LastBefore(List<Mention> list, int token)
        {
            int below = SortedSearch.CountBefore(list, token, static m => m.First);
            if (below == 0)
            {
                return null;
            }

            return list[SortedSearch.CountBefore(list, list[below - 1].First, static m => m.First)];
        }
    }

    private static bool StartsWithPreposition(DocumentView v, int token) =>
        v.TextIs(token, "on") || v.TextIs(token, "in") || v.TextIs(token, "at") || v.TextIs(token, "for") || v.TextIs(token, "with")
        || v.TextIs(token, "from") || v.TextIs(token, "after") || v.TextIs(token, "before") || v.TextIs(token, "during") || v.TextIs(token, "by")
        || v.TextIs(token, "under") || v.TextIs(token, "over") || v.TextIs(token, "since") || v.TextIs(token, "as");

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !(word[^2] is 's' or 'S') && !word.EndsWith("ous", StringComparison.OrdinalIgnoreCase)
        || word.Equals("police", StringComparison.OrdinalIgnoreCase) || word.Equals("people", StringComparison.OrdinalIgnoreCase);
}
