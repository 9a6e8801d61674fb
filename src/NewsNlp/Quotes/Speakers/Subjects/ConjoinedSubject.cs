using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 18: <c>France and Germany vowed …</c>, <c>Labour and the Liberal Democrats say …</c>, <c>"…," said Smith and Jones.</c>:
/// a source that is the last (or, after an inverted cue, the first) conjunct of noun phrases joined by "and" (and commas
/// before it: <c>Sony, Philips and Samsung said</c>) is the whole coordination; they speak together (a group, see
/// <see cref="Rules.CoordinationRule"/>). Read only when the coordination opens its clause (sentence start, after an opening
/// "But"/"Yet"/"So"/"Now", after ", but", after the comma closing a quotation or an opening adverbial phrase) or, after
/// the cue, ends it; each conjunct is a name or a determiner and a name (not a single function word such as "Monday"),
/// or a person or role noun after a determiner or at the sentence start ("Teachers and parents", "Diplomatic and
/// banking sources"). Not one entity holding "and" ("Procter and Gamble").
/// </summary>
internal static class ConjoinedSubject
{
    /// <summary>Most tokens of one conjunct.</summary>
    private const int MaxConjunct = 5;

    /// <summary>Most tokens of the subject before members named between dashes ("Two of the largest airlines in the US").</summary>
    private const int MaxDashSubject = 15;

    /// <summary>Most conjuncts read before the last one.</summary>
    private const int MaxConjuncts = 4;

    /// <summary>Most tokens of an opening phrase before its comma ("On Monday,", "In a joint statement,").</summary>
    private const int MaxOpeningPhrase = 6;

    /// <summary>Words opening a clause before its subject ("But Labour and the Tories say").</summary>
    private static readonly string[] ClauseOpeners = ["but", "and", "yet", "so", "now"];

    /// <summary>The whole coordination holding the draft's source, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || v.InQuote(d.SourceFirst) || IsPronoun(v, d.SourceFirst))
        {
            return (-1, -1);
        }

        if (d.SourceEnd > d.CueFirst)
        {
            return d.SourceFirst >= d.CueEnd ? After(v, d) : (-1, -1);
        }

        // "Labour | and the Tories claim": a source that is the first conjunct reads as the last one before the cue.
        // Session 21: a source that ends inside the name of the last conjunct ("The Sunday Times and The Sunday | Telegraph
        // say") starts at that name's first word.
        return LastConjunctBeforeCue(v, d.SourceEnd, d.CueFirst) is (>= 0, _) last ? Before(v, last.First, last.End, d.CueFirst, d.EndToken)
            : Before(v, NameStart(v, d.SourceFirst), d.SourceEnd, d.CueFirst, d.EndToken);
    }

    /// <summary>
    /// Session 21: the end of a subject that goes on past <paramref name="end"/> with "and" and one more name before its
    /// verb (an auxiliary or a verb of saying): <c>Labour | and the Tories have attacked …</c> → after "Tories"; else
    /// <paramref name="end"/>. A later "they" means the whole coordination.
    /// </summary>
    public static int SubjectCoordinationEnd(DocumentView v, int end, int limit)
    {
        if (end + 2 >= limit || !IsJoiningAnd(v, end) || OneEntity(v, end))
        {
            return end;
        }

        int first = v.Is(end + 1, WordClass.Determiner) && !v.Is(end + 1, WordClass.That) ? end + 2 : end + 1;
        int t = first;
        while (t < limit && t - first < MaxConjunct && (IsPlainName(v, t) || (IsTitle(v, t) && t + 1 < limit && IsPlainName(v, t + 1))))
        {
            t++;
        }

        return t > first && t < limit && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Auxiliary | WordClass.CueVerb) ? t : end;
    }

    /// <summary>
    /// Session 21: true when the capitalised token <paramref name="k"/> is a word of the recognised name that holds
    /// <paramref name="t"/> ("Sunday" of "Sunday Times", a day name on its own), not its determiner.
    /// </summary>
    private static bool SameEntity(DocumentView v, int k, int t) =>
        v.HasEntities && v.EntityOf[t] >= 0 && v.EntityOf[k] == v.EntityOf[t] && v.Shapes[k] == TokenShape.Capitalised && !v.Is(k, WordClass.Determiner);

    /// <summary>A capitalised word inside a title that is no determiner or pronoun ("Sunday" of "The Sunday Telegraph").</summary>
    private static bool IsTitleWord(DocumentView v, int k) =>
        v.Shapes[k] == TokenShape.Capitalised && !v.Is(k, WordClass.Determiner | WordClass.SubjectPronoun) && k > NounPhrases.SentenceStart(v, k);

    /// <summary>The first word of the run of name words that ends with the one at <paramref name="t"/> ("Sunday" of "The Sunday Telegraph").</summary>
    private static int NameStart(DocumentView v, int t)
    {
        int s = t;
        // Not past a role or title: "Health and Transport Secretary | Maria Lopez" is one person with a title of two offices.
        while (s > 0 && t - s < MaxConjunct && (IsPlainName(v, s - 1) || SameEntity(v, s - 1, t) || IsTitleWord(v, s - 1))
            && !v.Is(s - 1, WordClass.RoleNoun) && !IsTitle(v, s - 1)
            && v.SentenceOf[s - 1] == v.SentenceOf[t] && !v.InQuote(s - 1))
        {
            s--;
        }

        return s;
    }

    /// <summary>The names after the "and" at <paramref name="and"/> when only adverbs or auxiliaries follow them before the cue; else (-1, -1).</summary>
    private static (int First, int End) LastConjunctBeforeCue(DocumentView v, int and, int cue)
    {
        if (!IsJoiningAnd(v, and) || OneEntity(v, and))
        {
            return (-1, -1);
        }

        int first = v.Is(and + 1, WordClass.Determiner) && v.Shapes[and + 1] == TokenShape.Lower ? and + 2 : and + 1;
        int t = first;
        while (t < cue && t - first < MaxConjunct && (IsPlainName(v, t) || (IsTitle(v, t) && IsPlainName(v, t + 1))))
        {
            t++;
        }

        if (t == first)
        {
            // Session 21: "…, Government and industry sources said": a plural description of people as the last conjunct.
            while (t < cue && t - first < MaxConjunct && v.Shapes[t] == TokenShape.Lower
                && !v.Is(t, WordClass.Boundary | WordClass.Determiner | WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb))
            {
                t++;
            }

            if (t == first || !IsPersonHead(v, t - 1) || !NounPhrases.IsPlural(v.Chars(t - 1)))
            {
                return (-1, -1);
            }
        }

        int end = t;
        if (t < cue && v.Shapes[t] == TokenShape.Dash && !v.InQuote(t))
        {
            t++; // session 19: "- Lufthansa and Ryanair - have said": the dash closing members named between dashes
        }

        while (t < cue && (v.Is(t, WordClass.Adverb | WordClass.Auxiliary) || SourceFinder.IsLyAdverb(v, t)))
        {
            t++;
        }

        return end > first && (t == cue || SharedPredicateBeforeParticiple(v, t, cue)) && v.SentenceOf[cue] == v.SentenceOf[and] ? (first, end) : (-1, -1);
    }

    /// <summary>Most tokens of the coordination's own predicate before a participle cue.</summary>
    private const int MaxPredicate = 12;

    /// <summary>
    /// Session 21: true when the tokens from <paramref name="verb"/> to the participle cue at <paramref name="cue"/> are the
    /// coordination's own predicate, a verb and its object, with no comma, quotation or verb of saying of another subject:
    /// <c>Mr Magnier and Mr McManus issued a statement late on Friday saying …</c> — the participle hangs on the clause,
    /// so both speak.
    /// </summary>
    private static bool SharedPredicateBeforeParticiple(DocumentView v, int verb, int cue)
    {
        if (cue - verb > MaxPredicate || !Grammar.Clauses.IsParticiple(v, cue) || !v.Is(cue, WordClass.CueVerb) || v.Shapes[verb] != TokenShape.Lower
            || SpeakerWords.IsPreposition(v.Chars(verb)) || v.Is(verb, WordClass.Boundary | WordClass.Determiner | WordClass.Relative | WordClass.That))
        {
            return false;
        }

        for (int t = verb + 1; t < cue; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash
                || v.Is(t, WordClass.Relative | WordClass.That | WordClass.SubjectPronoun) || (v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"X and Y said": conjuncts before the source <c>[sourceFirst, sourceEnd)</c>, the first opening the clause.</summary>
    private static (int First, int End) Before(DocumentView v, int sourceFirst, int sourceEnd, int cue, int contentEnd)
    {
        // "Labour and | the Liberal Democrats say": the source may start after the second conjunct's determiner (session 21:
        // also a capitalised one that starts a title, "The Sunday Times and | The Sunday Telegraph say").
        int and = sourceFirst >= 2 && v.Shapes[sourceFirst - 1] is TokenShape.Lower or TokenShape.Capitalised && v.TextIs(sourceFirst - 1, "the") ? sourceFirst - 2 : sourceFirst - 1;
        if (!IsJoiningAnd(v, and) || v.SentenceOf[and] != v.SentenceOf[sourceFirst] || OneEntity(v, and))
        {
            return (-1, -1);
        }

        // "Munich Re and Swiss | Re": a name the source stopped inside runs on to its last word.
        int end2 = sourceEnd;
        while (end2 < v.Count && end2 - sourceFirst < MaxConjunct && IsPlainName(v, end2) && v.SentenceOf[end2] == v.SentenceOf[and] && !v.InQuote(end2))
        {
            end2++;
        }

        int first = -1;
        int end = and;
        for (int n = 0; n < MaxConjuncts; n++)
        {
            int start = ConjunctStart(v, end - 1);
            if (start < 0 || (n > 0 && !(v.HasEntities && v.EntityOf[end - 1] >= 0)))
            {
                // A list member before a comma is a recognised name ("Sony, Philips and …"), not an opening word ("Together, …").
                break;
            }

            if (OpensClause(v, start) || BetweenDashes(v, start, end2, cue) || AfterReportedClause(v, start, contentEnd))
            {
                first = start;
            }

            // "Sony, Philips and …": a comma before the conjunct joins one more.
            if (start < 2 || v.Shapes[start - 1] != TokenShape.Comma || v.SentenceOf[start - 1] != v.SentenceOf[and])
            {
                break;
            }

            end = start - 1;
        }

        if (first < 0 || (!IsPlainName(v, sourceEnd - 1) && !BothPlural(v, and, sourceEnd - 1) && !v.Is(and + 1, WordClass.Determiner)))
        {
            return (-1, -1);
        }

        return (first, end2);
    }

    /// <summary>"said X and Y.": one conjunct after the source, closing the clause.</summary>
    private static (int First, int End) After(DocumentView v, QuoteDraft d)
    {
        int and = d.SourceEnd;
        if (!IsJoiningAnd(v, and) || v.SentenceOf[and] != v.SentenceOf[d.SourceFirst] || OneEntity(v, and))
        {
            return (-1, -1);
        }

        int t = and + 1;
        if (t < v.Count && v.Is(t, WordClass.Determiner) && v.Shapes[t] == TokenShape.Lower)
        {
            t++;
        }

        int nameFirst = t;
        while (t < v.Count && t - nameFirst < MaxConjunct && (IsPlainName(v, t) || (IsTitle(v, t) && IsPlainName(v, t + 1))) && v.SentenceOf[t] == v.SentenceOf[and])
        {
            t++;
        }

        bool closed = t == v.Count || v.SentenceOf[t] != v.SentenceOf[and] || v.Shapes[t] is TokenShape.SentenceEnd or TokenShape.Comma or TokenShape.Semicolon;
        return t > nameFirst && closed && !v.InQuote(t - 1) ? (d.SourceFirst, t) : (-1, -1);
    }

    /// <summary>
    /// True when the lower-case heads either side of the "and" at <paramref name="and"/> are both plural ("Teachers and parents",
    /// "the miners and their families"); "The feminist writer and broadcaster said" is one person with two roles (a second
    /// conjunct with its own determiner, "the union and the employers", is a second party).
    /// </summary>
    private static bool BothPlural(DocumentView v, int and, int lastHead) =>
        NounPhrases.IsPlural(v.Chars(lastHead)) && (IsPlainName(v, and - 1) || NounPhrases.IsPlural(v.Chars(and - 1)));

    /// <summary>The first token of a conjunct ending at <paramref name="last"/>, or -1.</summary>
    private static int ConjunctStart(DocumentView v, int last)
    {
        if (last < 0 || v.InQuote(last))
        {
            return -1;
        }

        int s = last;
        if (IsPlainName(v, last))
        {
            while (s - 1 >= 0 && last - s + 1 < MaxConjunct && (IsPlainName(v, s - 1) || IsTitle(v, s - 1) || SameEntity(v, s - 1, last)) && v.SentenceOf[s - 1] == v.SentenceOf[last])
            {
                s--;
            }
        }
        else if (v.Shapes[last] == TokenShape.Lower && IsPersonHead(v, last))
        {
            // "the miners", "their families": lower-case words before a person noun, after a determiner.
            while (s - 1 >= 0 && last - s + 1 < MaxConjunct && v.Shapes[s - 1] == TokenShape.Lower && !v.Is(s - 1, WordClass.Boundary | WordClass.Determiner | WordClass.Auxiliary | WordClass.CueVerb)
                && v.SentenceOf[s - 1] == v.SentenceOf[last])
            {
                s--;
            }

            if (s - 1 < 0 || !v.Is(s - 1, WordClass.Determiner) || v.Is(s - 1, WordClass.That))
            {
                return -1;
            }
        }
        else
        {
            return -1;
        }

        return s - 1 >= 0 && v.Is(s - 1, WordClass.Determiner) && !v.Is(s - 1, WordClass.That) && v.SentenceOf[s - 1] == v.SentenceOf[last] ? s - 1 : s;
    }

    /// <summary>
    /// Session 19: true when the coordination [<paramref name="s"/>, <paramref name="end"/>) stands between dashes that
    /// name the members of the subject before them, and the cue follows the closing dash (after auxiliaries or adverbs):
    /// <c>Two of the largest airlines - American and Southwest - have blamed …</c>.
    /// </summary>
    private static bool BetweenDashes(DocumentView v, int s, int end, int cue)
    {
        if (s < 2 || end >= cue || v.Shapes[s - 1] != TokenShape.Dash || v.Shapes[end] != TokenShape.Dash || v.InQuote(s - 1) || v.InQuote(end)
            || v.SentenceOf[s - 1] != v.SentenceOf[cue])
        {
            return false;
        }

        for (int t = end + 1; t < cue; t++)
        {
            if (!(v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.Adverb | WordClass.Auxiliary) || SourceFinder.IsLyAdverb(v, t))))
            {
                return false;
            }
        }

        // The subject before the opening dash opens its sentence: no verb or comma before the dash.
        int start = NounPhrases.SentenceStart(v, s - 1);
        if (s - 1 - start > MaxDashSubject)
        {
            return false;
        }

        for (int t = start; t < s - 1; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Dash or TokenShape.QuoteMark
                || (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary)))
            {
                return false;
            }
        }

        return s - 1 > start;
    }

    /// <summary>
    /// Session 21: true when the conjunct starting at <paramref name="s"/> comes right after the comma that closes the
    /// draft's reported clause (<c>Toshiba risks becoming the first casualty …, Government and industry sources said.</c>).
    /// </summary>
    private static bool AfterReportedClause(DocumentView v, int s, int contentEnd) =>
        s >= 2 && v.Shapes[s - 1] == TokenShape.Comma && !v.InQuote(s - 1) && (contentEnd == s - 1 || contentEnd == s);

    /// <summary>
    /// Session 21: true when the tokens before the dash at <paramref name="dash"/> are a dateline that opens the sentence:
    /// capitals and a bracketed agency (<c>NEW YORK (Reuters) -</c>, <c>LONDON -</c>).
    /// </summary>
    internal static bool AfterDateline(DocumentView v, int sentence, int dash)
    {
        if (dash <= sentence || v.Shapes[dash] != TokenShape.Dash)
        {
            return false;
        }

        bool capitals = false;
        for (int t = sentence; t < dash; t++)
        {
            if (v.Shapes[t] is TokenShape.OpenBracket or TokenShape.CloseBracket or TokenShape.Comma)
            {
                continue;
            }

            ReadOnlySpan<char> w = v.Chars(t);
            bool upper = w.Length > 1 && char.IsUpper(w[0]) && char.IsUpper(w[^1]);
            bool agency = t > sentence && v.Shapes[t - 1] == TokenShape.OpenBracket && v.Shapes[t] == TokenShape.Capitalised;
            if (!upper && !agency)
            {
                return false;
            }

            capitals |= upper;
        }

        return capitals;
    }

    /// <summary>True when the conjunct starting at <paramref name="s"/> opens its clause.</summary>
    private static bool OpensClause(DocumentView v, int s)
    {
        int sentence = NounPhrases.SentenceStart(v, s);
        int before = s - 1;
        if (before < sentence || v.Shapes[before] is TokenShape.QuoteMark or TokenShape.OpenBracket || v.InQuote(before))
        {
            // The sentence's start (after an opening bracket or quotation mark), or right after a quotation ('"…," X and Y said').
            return before < sentence || v.Shapes[before] != TokenShape.OpenBracket || before == sentence;
        }

        if (AfterDateline(v, sentence, before))
        {
            return true; // session 21: "NEW YORK (Reuters) - EarthLink Inc. and Yahoo Inc. said"
        }

        if (v.TextIsAny(before, ClauseOpeners))
        {
            // "But X and Y said" at the sentence start; ", but X and Y said" after a clause.
            return before == sentence ? v.Shapes[before] == TokenShape.Capitalised
                : v.Shapes[before] == TokenShape.Lower && !v.TextIs(before, "and") && v.Shapes[before - 1] == TokenShape.Comma;
        }

        if (v.Shapes[before] != TokenShape.Comma || before - 1 < sentence)
        {
            return false;
        }

        // '"…," X and Y said': the comma closing a quotation; "On Monday, X and Y said": the comma closing an opening phrase
        // that starts with a function word (a preposition or time word) and holds no other comma.
        if (v.Shapes[before - 1] == TokenShape.QuoteMark || v.InQuote(before - 1))
        {
            return true;
        }

        if (before - sentence > MaxOpeningPhrase || !v.Is(sentence, WordClass.CapitalisedFunctionWord) || v.Is(sentence, WordClass.Determiner)
            || v.TextIsAny(sentence, ClauseOpeners))
        {
            return false;
        }

        for (int t = sentence + 1; t < before; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark || v.TextIs(t, "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word that is no function word ("Monday", "The"), or a letter-led token such as "AT&amp;T".</summary>
    private static bool IsPlainName(DocumentView v, int t) =>
        (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord | WordClass.SubjectPronoun))
        || (v.Shapes[t] == TokenShape.Other && v.Chars(t) is { Length: > 1 } c && char.IsUpper(c[0]));

    /// <summary>A person's title ("Mr", "Dr", "Senator") at <paramref name="t"/>.</summary>
    private static bool IsTitle(DocumentView v, int t) => v.Shapes[t] == TokenShape.Capitalised && Entities.Linking.PersonTitles.IsTitle(v.Chars(t));

    /// <summary>A role, person or listed speaker noun ("miners", "families", "sources").</summary>
    private static bool IsPersonHead(DocumentView v, int t) =>
        v.Is(t, WordClass.RoleNoun) || PersonNouns.EndAt(v, t) == t + 1 || Filters.SpeakingSourceFilter.IsListedSpeakerNoun(v.Chars(t));

    /// <summary>A lower-case "and" outside quotations.</summary>
    private static bool IsJoiningAnd(DocumentView v, int t) => t > 0 && t < v.Count && v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and") && !v.InQuote(t);

    /// <summary>A he/she/they/it.</summary>
    private static bool IsPronoun(DocumentView v, int t) => v.Is(t, WordClass.SubjectPronoun);

    /// <summary>True when the words either side of the "and" at <paramref name="and"/> are one recognised entity ("Procter and Gamble").</summary>
    private static bool OneEntity(DocumentView v, int and) =>
        v.HasEntities && v.EntityOf[and - 1] >= 0 && v.EntityOf[and - 1] == v.EntityOf[and + 1];
}
