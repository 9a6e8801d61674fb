using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// The anonymous sources of wire news name themselves by what they know or where they stand: <c>…, people familiar with
/// the matter said.</c>, <c>…, sources close to the talks said.</c>, <c>…, a person briefed on the plan said.</c>,
/// <c>…, economists polled by Reuters said.</c>, <c>…, officials speaking on condition of anonymity said.</c>, <c>…, a
/// banker with knowledge of the deal said.</c>. The subject finder stops at the last noun phrase (<c>the matter</c>),
/// which no comma opens, so the closing report was lost. Here the subject reaches back over such a post-modifier — one
/// of a closed list of adjectives and participles (<c>familiar</c>, <c>close</c>, <c>briefed</c>, <c>polled</c> …) or
/// <c>with knowledge</c>, then prepositional phrases only — to the noun phrase before it.
/// </summary>
internal static class PostModifiedSubject
{
    /// <summary>The post-modifier reaches at most this many tokens before the subject the finder returned.</summary>
    private const int MaxModifierTokens = 8;

    /// <summary>Adjectives and participles that open a post-modifier of a speaking noun, each before a preposition.</summary>
    private static readonly string[] Openers =
    [
        "familiar", "close", "closest", "briefed", "knowledgeable", "involved", "polled", "surveyed", "interviewed",
        "contacted", "consulted", "speaking", "privy", "informed", "acquainted",
    ];

    /// <summary>The words a post-modifier may run through after its opener: prepositions, determiners and nouns.</summary>
    private static readonly string[] Prepositions = ["with", "to", "on", "about", "of", "in", "by", "at", "for", "from"];

    /// <summary>
    /// The first token of the subject of a cue whose subject finder returned <c>[f, …)</c>: the head noun phrase before
    /// a post-modifier ending at <paramref name="f"/>, or <paramref name="f"/> itself when there is none.
    /// </summary>
    public static int Extend(DocumentView v, int f, int limit)
    {
        if (f - 2 <= limit || !IsPreposition(v, f - 1))
        {
            return f;
        }

        for (int k = f - 2; k > limit && f - k <= MaxModifierTokens; k--)
        {
            if (v.InQuote(k) || v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number or TokenShape.Other))
            {
                return f;
            }

            int opener = OpenerAt(v, k);
            if (opener >= 0)
            {
                (int hf, int he) = SourceFinder.PhraseEndingAt(v, opener - 1, limit);
                return hf >= limit && he == opener && IsHead(v, hf, he) ? hf : f;
            }

            if (v.Is(k, WordClass.Auxiliary | WordClass.CueVerb) || v.Is(k, WordClass.That))
            {
                return f;
            }
        }

        return f;
    }

    /// <summary>
    /// After an inverted cue (<c>…, said people familiar with the matter.</c>, <c>…, said the leaflet published jointly by
    /// the council.</c>): true when <c>[e, end)</c> — what follows the noun phrase <c>[…, e)</c> up to the clause end — is
    /// one post-modifier: an opener (or a lower-case participle in -ed, past an -ly adverb) before a preposition, then no
    /// auxiliary, verb of saying, "that", comma or quotation.
    /// </summary>
    public static bool RunsTo(DocumentView v, int e, int end)
    {
        if (e < 0 || e >= end - 2 || end - e > MaxModifierTokens + 4 || v.Shapes[e] != TokenShape.Lower || v.InQuote(e))
        {
            return false;
        }

        int next = e + 1;

        // The phrase finder may keep the opener ("people familiar | with the matter").
        bool opens = OpenerAt(v, e) == e || (v.TextIs(e, "with") && v.TextIs(e + 1, "knowledge") && IsPreposition(v, e + 2))
            || (IsPreposition(v, e) && e - 1 >= 0 && OpenerAt(v, e - 1) == e - 1);
        if (!opens && v.Chars(e).EndsWith("ed", StringComparison.Ordinal))
        {
            while (next < end && SourceFinder.IsLyAdverb(v, next))
            {
                next++;
            }

            opens = next < end && IsPreposition(v, next);
        }

        if (!opens)
        {
            return false;
        }

        for (int t = next; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon
                || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That) && !v.Is(t, WordClass.RoleNoun))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the subject <c>[first, end)</c> holds a post-modifier after its first word (<c>people familiar with …</c>).</summary>
    public static bool Holds(DocumentView v, int first, int end)
    {
        for (int k = first + 1; k < end - 1; k++)
        {
            if (OpenerAt(v, k) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of a post-modifier opening at <paramref name="k"/> (<c>familiar with</c>, <c>with knowledge of</c>), or -1.</summary>
    private static int OpenerAt(DocumentView v, int k)
    {
        if (!IsPreposition(v, k + 1) && !v.TextIs(k + 1, "condition"))
        {
            return -1;
        }

        if (v.TextIs(k, "knowledge") && v.TextIs(k - 1, "with"))
        {
            return k - 1;
        }

        return v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, Openers) ? k : -1;
    }

    private static bool IsPreposition(DocumentView v, int k) => v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, Prepositions);

    /// <summary>A head phrase of words, not a clause: no auxiliary, cue verb or "that" in it.</summary>
    private static bool IsHead(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb) && !v.Is(t, WordClass.RoleNoun) || v.InQuote(t))
            {
                return false;
            }
        }

        return true;
    }
}
