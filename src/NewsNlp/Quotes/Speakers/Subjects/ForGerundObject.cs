using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>The party has suspended a candidate for allegedly suggesting the port should close</c>, <c>Fans praised the
/// coach for saying …</c>: after a verb and its object, <c>for</c> + the <c>-ing</c> form of a verb of saying has the
/// object as its subject (the one punished or praised said it), not the sentence's subject. Only an object that names a
/// person (a role or person noun, or a name) right after a lower-case verb.
/// </summary>
internal static class ForGerundObject
{
    /// <summary>Most tokens of the object noun phrase.</summary>
    private const int MaxObject = 6;

    /// <summary>The object before <c>for</c> + the draft's <c>-ing</c> cue, when the draft's source lies before it; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.CueEnd > v.Count || d.CueFirst < 3 || !v.Chars(d.CueEnd - 1).EndsWith("ing", StringComparison.Ordinal)
            || v.Shapes[d.CueEnd - 1] != TokenShape.Lower)
        {
            return (-1, -1);
        }

        // Past an adverb between "for" and the participle ("for allegedly suggesting").
        int f = d.CueFirst - 1;
        while (f > 0 && d.CueFirst - f <= 2 && v.Shapes[f] == TokenShape.Lower && (v.Is(f, WordClass.Adverb) || SourceFinder.IsLyAdverb(v, f)))
        {
            f--;
        }

        int head = f - 1;
        if (head < 1 || !v.TextIs(f, "for") || v.Shapes[f] != TokenShape.Lower || v.InQuote(head) || v.SentenceOf[head] != v.SentenceOf[d.CueFirst]
            || !(PersonNouns.IsRoleHead(v, head) || (v.IsNameToken(head) && v.Shapes[head] == TokenShape.Capitalised)) || NounPhrases.IsPlural(v.Chars(head)) && !v.IsNameToken(head))
        {
            return (-1, -1);
        }

        // The object's first word: past names, lower-case modifiers and one determiner.
        int first = head;
        while (first - 1 >= 0 && head - first < MaxObject && v.SentenceOf[first - 1] == v.SentenceOf[head] && !v.InQuote(first - 1)
            && (v.IsNameToken(first - 1) || (v.Shapes[first - 1] == TokenShape.Lower && NounPhrases.IsNounAfter(v, first - 1) && !v.Is(first - 1, WordClass.Boundary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary))))
        {
            first--;
        }

        if (first - 1 >= 0 && v.Is(first - 1, WordClass.Determiner) && v.Shapes[first - 1] == TokenShape.Lower)
        {
            first--;
        }

        // Right after a lower-case verb that is no preposition, and after the source.
        int verb = first - 1;
        bool afterVerb = verb >= 0 && v.Shapes[verb] == TokenShape.Lower && v.SentenceOf[verb] == v.SentenceOf[head] && !SpeakerWords.IsPreposition(v.Chars(verb))
            && !v.TextIs(verb, "to") && !v.TextIs(verb, "and") && !v.TextIs(verb, "or") && !v.Is(verb, WordClass.Determiner | WordClass.Relative | WordClass.That)
            && (v.Chars(verb).EndsWith("ed", StringComparison.Ordinal) || v.Is(verb, WordClass.CueVerb | WordClass.WeakCueVerb));
        return afterVerb && d.SourceEnd <= verb ? (first, f) : (-1, -1);
    }
}
