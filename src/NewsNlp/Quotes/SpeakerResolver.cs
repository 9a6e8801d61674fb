using System.Text;
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
    private Dictionary<int, string>? _clusterNames;

    // For each mention index: the last mention at or before it that is a person / a group (-1 when none), so that the
    // backward searches for an antecedent take O(1) instead of walking over every mention of a long paragraph.
    private int[] _previousPerson = [];
    private int[] _previousGroup = [];
    private bool _mentionsSorted;

    public SpeakerResolver(DocumentView v)
    {
        _v = v;
        CollectMentions();
        IndexMentions();
    }

    private readonly record struct Mention(int First, int End, SpeakerCandidate Speaker);

    public void Resolve(List<QuoteDraft> drafts)
    {
        // Speakers already resolved, at the position of their source mention (for pronouns that refer back to them).
        var resolved = new ResolvedMentions();
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

            (SpeakerCandidate? speaker, string rule) = ResolveSource(d.SourceFirst, d.SourceEnd, resolved);
            d.Speaker = speaker;
            d.ResolvedBy = rule;
            if (speaker is not null)
            {
                resolved.Add(new Mention(d.SourceFirst, d.SourceEnd, speaker));
            }
        }
    }

    private (SpeakerCandidate? Speaker, string Rule) ResolveSource(int first, int end, ResolvedMentions resolved)
    {
        DocumentView v = _v;
        if (v.HasEntities)
        {
            int best = -1;
            for (int t = first; t < end; t++)
            {
                int m = v.EntityOf[t];
                if (m >= 0 && (best < 0 || (v.Document.Entities[m].Type == EntityType.Person && v.Document.Entities[best].Type != EntityType.Person)))
                {
                    best = m;
                }
            }

            if (best >= 0)
            {
                SpeakerCandidate entity = FromEntity(best);
                (int rf, int re) = NameRun(first, end);
                if (rf >= 0)
                {
                    string written = FullName(Join(rf, re));
                    if (written.Length > entity.Name.Length && written.Contains(entity.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        entity = entity with { Key = written.ToLowerInvariant(), Name = written };
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

        // A name inside the source phrase ("Daniel Reyes", "the transit spokesman, Daniel Reyes").
        (int nf, int ne) = NameRun(first, end);
        if (nf >= 0 && (ne == end || v.Shapes[ne] == TokenShape.Comma || !v.Is(end - 1, WordClass.RoleNoun) && v.Shapes[end - 1] != TokenShape.Lower))
        {
            return (FromName(nf, ne), "name");
        }

        // A role noun: the person it described earlier ("A spokesman for the agency, Daniel Reyes, said …").
        int head = end - 1;
        if (v.Is(head, WordClass.RoleNoun) && !IsPlural(v.Chars(head)))
        {
            SpeakerCandidate? linked = RoleAntecedent(head, first);
            if (linked is not null)
            {
                return (linked, "role-noun");
            }
        }

        string description = Describe(first, end);
        bool plural = IsPlural(v.Chars(head));
        return (new SpeakerCandidate(description.ToLowerInvariant(), description, null, -1, !plural, plural), "description");
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
            while (first > 0 && !_v.InQuote(first - 1)
                && ((_v.IsNameToken(first - 1) && !_v.Is(first - 1, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
                    || (first > 1 && _v.Shapes[first - 1] == TokenShape.Dash && _v.IsNameToken(first - 2) && _v.Starts[first] == _v.Ends[first - 1])))
            {
                first--;
            }

            while (end < _v.Count && (_v.IsNameToken(end) || (_v.Shapes[end] == TokenShape.Dash && _v.IsNameToken(end + 1))) && !_v.InQuote(end))
            {
                end++;
            }

            string written = FullName(Join(first, end));
            string full = FullName(name);
            name = written.Length > full.Length && written.Contains(full, StringComparison.OrdinalIgnoreCase) ? written : full;
        }

        return new SpeakerCandidate(name.ToLowerInvariant(), name, m.Type, m.EntityId, m.Type == EntityType.Person, m.Type != EntityType.Person);
    }

    private SpeakerCandidate FromName(int first, int end)
    {
        string name = FullName(Join(first, end));
        bool org = false;
        for (int t = first; t < end; t++)
        {
            org |= _v.Is(t, WordClass.NonPersonNameWord);
        }

        return new SpeakerCandidate(name.ToLowerInvariant(), name, null, -1, !org, org);
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

    private SpeakerCandidate? RoleAntecedent(int head, int sourceFirst)
    {
        // An earlier mention of the same role noun next to a name: "the transit spokesman, Daniel Reyes" or "X, the spokesman".
        DocumentView v = _v;
        ReadOnlySpan<char> word = v.Chars(head);
        for (int t = sourceFirst - 1; t >= 0 && sourceFirst - t < 3000; t--)
        {
            if (v.InQuote(t) || !v.Chars(t).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (Mention m in NearbyPersons(t))
            {
                return m.Speaker;
            }
        }

        return null;
    }

    private IEnumerable<Mention> NearbyPersons(int token)
    {
        int i = LastMentionBefore(token + 12);
        for (int k = i; k >= 0 && k > i - 6; k--)
        {
            Mention m = _mentions[k];
            if (m.Speaker.IsPerson && Math.Abs(m.First - token) <= 10 && _v.SentenceOf[m.First] == _v.SentenceOf[token])
            {
                yield return m;
            }
        }
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

    private int LastMentionBefore(int token)
    {
        int lo = 0, hi = _mentions.Count - 1, ans = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].First < token)
            {
                ans = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ans;
    }

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
                    RememberFullName(e.Text);
                }

                _mentions.Add(new Mention(e.FirstToken, e.EndToken, FromEntity(m)));
            }

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
                    RememberFullName(Join(f, t));
                }
            }
        }

        foreach ((int f, int e) in runs)
        {
            string name = FullName(Join(f, e));
            bool org = HasOrgWord(f, e);
            bool knownPerson = !org && (e - f >= 2 || !string.Equals(name, Join(f, e), StringComparison.Ordinal));
            _mentions.Add(new Mention(f, e, new SpeakerCandidate(name.ToLowerInvariant(), name, null, -1, knownPerson, org)));
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
                RememberFullName(Join(s, t));
            }
        }
    }

    private bool HasOrgWord(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (_v.Is(t, WordClass.NonPersonNameWord))
            {
                return true;
            }
        }

        return false;
    }

    private void RememberFullName(string name)
    {
        int space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return;
        }

        string last = name[(space + 1)..];
        if (!_fullNames.TryGetValue(last, out string? known) || known.Length < name.Length)
        {
            _fullNames[last] = name;
        }

        // "al-Jaafari" is also known as "Jaafari".
        int dash = last.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < last.Length - 1)
        {
            string bare = last[(dash + 1)..];
            if (!_fullNames.TryGetValue(bare, out known) || known.Length < name.Length)
            {
                _fullNames[bare] = name;
            }
        }
    }

    /// <summary>The fullest form of a name used in the document ("Jaafari" → "Bashar al-Jaafari").</summary>
    private string FullName(string name)
    {
        string trimmed = StripPossessive(name);
        if (trimmed.Contains(' ', StringComparison.Ordinal))
        {
            string last = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
            return _fullNames.TryGetValue(last, out string? full) && full.EndsWith(trimmed, StringComparison.OrdinalIgnoreCase) ? full : trimmed;
        }

        return _fullNames.TryGetValue(trimmed, out string? f) ? f : trimmed;
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2].TrimEnd() : name;

    private string Describe(int first, int end)
    {
        int f = first;
        if (end - f > 1 && _v.TextIs(f, "the"))
        {
            f++;
        }

        return Join(f, end);
    }

    private string Join(int first, int end)
    {
        DocumentView v = _v;
        var sb = new StringBuilder();
        for (int t = first; t < end; t++)
        {
            if (t > first && v.Starts[t] > v.Ends[t - 1])
            {
                sb.Append(' ');
            }

            sb.Append(v.Chars(t));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Speakers resolved so far at their source mentions, kept sorted by position per kind so that "the last one before
    /// token t" is a binary search (the earliest added wins among mentions at the same position, as a scan in order would give).
    /// </summary>
    private sealed class ResolvedMentions
    {
        private readonly List<Mention> _persons = [];
        private readonly List<Mention> _nonPersons = [];
        private readonly List<Mention> _groups = [];

        public void Add(Mention m)
        {
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
                at = FirstAfter(list, m.First);
            }

            list.Insert(at, m);
        }

        private static Mention? LastBefore(List<Mention> list, int token)
        {
            int below = FirstAtOrAfter(list, token);
            if (below == 0)
            {
                return null;
            }

            return list[FirstAtOrAfter(list, list[below - 1].First)];
        }

        /// <summary>Index of the first mention with <c>First &gt;= token</c>.</summary>
        private static int FirstAtOrAfter(List<Mention> list, int token)
        {
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (list[mid].First < token)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>Index of the first mention with <c>First &gt; token</c>.</summary>
        private static int FirstAfter(List<Mention> list, int token)
        {
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (list[mid].First <= token)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
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
