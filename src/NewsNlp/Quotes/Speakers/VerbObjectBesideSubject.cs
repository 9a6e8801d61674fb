using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers.Rules;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// <c>Tom Vale has now beaten Joe Marsh in two of their three meetings. "I had a good game plan," he said.</c>, <c>But
/// Parry also admits Gerrard, who …, will have the final say. He told …</c>: a person right after a verb (its object, or
/// the subject of the clause a verb of saying reports) in an earlier sentence whose subject is another agreeing person is talked
/// about; a he/she subject in a later sentence goes on with that sentence's subject, the way news copy keeps its topic
/// (the object of a preposition is <see cref="PersonPronounRule"/>'s own check).
/// </summary>
internal static class VerbObjectBesideSubject
{
    /// <summary>Irregular past forms that take a person as object ("beat X", "met X").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPast = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["beat", "met", "hit", "led", "overtook", "outran", "outpaced", "sent", "saw", "fought", "caught", "struck", "upset", "took", "overcame",
         "outplayed", "outfought", "knew", "held", "chose", "kept", "let", "meets", "beats"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when person mention <paramref name="m"/>, in a sentence before the pronoun's, comes right after a past verb
    /// ("beaten", "defeated", "beat") and an agreeing other person opens that sentence as its subject.
    /// </summary>
    public static bool Holds(DocumentView v, MentionIndex mentions, int m, int pronoun, Gender gender)
    {
        Mention candidate = mentions[m];
        int sentence = v.SentenceOf[candidate.First];
        int verb = ListStart(v, candidate.First) - 1;
        if (sentence >= v.SentenceOf[pronoun] || verb < 1 || v.SentenceOf[verb] != sentence || v.InQuote(verb) || !(IsPastVerb(v, verb) || IsInfinitive(v, verb)))
        {
            return false;
        }

        for (int k = m - 1; k >= 0 && v.SentenceOf[mentions[k].First] == sentence; k--)
        {
            Mention subject = mentions[k];
            if (subject.Speaker.IsPerson && PersonPronounRule.OpensSentence(v, subject.First) && PersonPronounRule.Agrees(subject.Speaker, gender)
                && !subject.Speaker.Key.Equals(candidate.Speaker.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most tokens of a list of names looked back over ("Raul or | Ronaldo").</summary>
    private const int MaxList = 12;

    /// <summary>
    /// Session 23: the first token of a list of names the name at <paramref name="first"/> ends after "and" or "or" ("unable
    /// to replace Raul or Ronaldo", "beat Holm, Nye and Stroud"): the verb before the list governs every member. Else
    /// <paramref name="first"/>.
    /// </summary>
    private static int ListStart(DocumentView v, int first)
    {
        if (first < 2 || !(v.TextIs(first - 1, "and") || v.TextIs(first - 1, "or")) || v.Shapes[first - 1] != TokenShape.Lower || !v.IsNameToken(first - 2))
        {
            return first;
        }

        int sentence = v.SentenceOf[first];
        int start = first - 1;
        for (int t = first - 2; t >= 0 && first - t <= MaxList && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            if (v.IsNameToken(t) && v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                start = t;
            }
            else if (v.Shapes[t] != TokenShape.Comma || !v.IsNameToken(t - 1))
            {
                break;
            }
        }

        return start < first - 1 ? start : first;
    }

    /// <summary>
    /// Session 23: a lower-case verb in its plain form after "to" ("unable to replace X", "hopes to face X"): its object,
    /// like a past verb's, is talked about. Not a preposition, determiner, role or person noun ("to striker X" is
    /// <see cref="PersonPronounRule"/>'s preposition check).
    /// </summary>
    private static bool IsInfinitive(DocumentView v, int t) =>
        t > 0 && v.TextIs(t - 1, "to") && v.Shapes[t] == TokenShape.Lower && v.Shapes[t - 1] == TokenShape.Lower && !v.Is(t, WordClass.Determiner | WordClass.RoleNoun | WordClass.Adverb)
        && !SpeakerWords.IsPreposition(v.Chars(t)) && PersonNouns.EndAt(v, t) != t + 1 && !v.TextIs(t, "be");

    /// <summary>
    /// True for a lower-case verb a person object follows: a verb of saying or evaluating in any form ("admits X, who …,
    /// will", "praised X"), a regular "-ed" form ("defeated", "replaced"), an "-en" participle ("beaten") or a listed
    /// irregular past ("beat", "met"); not a preposition or determiner.
    /// </summary>
    private static bool IsPastVerb(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.Determiner) || SpeakerWords.IsPreposition(v.Chars(t)))
        {
            return false;
        }

        if (v.Is(t, WordClass.CueVerb | WordClass.ObjectCue | WordClass.EvaluativeCue))
        {
            return true; // "admits Gerrard, who …, will", "told Smith", "praised Smith": the clause's or the verb's other person
        }

        ReadOnlySpan<char> w = v.Chars(t);
        return IrregularLookup.Contains(w) || (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)));
    }
}
