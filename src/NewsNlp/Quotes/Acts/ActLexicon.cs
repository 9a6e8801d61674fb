using System.Collections.Frozen;
using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.WordLists;

namespace NewsNlp.Quotes.Acts;

/// <summary>
/// Which act a cue word reports, with the act it takes before a to-infinitive (<c>hopes that</c> is a thought,
/// <c>hopes to</c> an intention) and before a determiner-led object (<c>feel the …</c> is a perception). Every verb form
/// (inflected by <see cref="QuoteLexicon.Inflect"/>), cue nouns and predicative adjectives are listed; lookups are
/// case-insensitive and allocation-free. The lists are embedded data files owned by this class,
/// <c>Quotes/Lexicon/Data/act-*.txt</c> (see <see cref="WordList"/>). Separate from <see cref="QuoteLexicon"/>, whose
/// classes are tagger features: the act lists are read after tagging, so changing them needs no retraining.
/// </summary>
internal static class ActLexicon
{
    /// <summary>An entry: the act by default, before "to" and before a determiner-led object.</summary>
    internal readonly record struct Entry(AttributionAct Act, AttributionAct BeforeTo, AttributionAct BeforeObject);

    /// <summary>The act lists in the order they are read (a form keeps the act of the first list that has it).</summary>
    private static readonly (string List, AttributionAct Act, bool Verbs)[] Lists =
    [
        ("act-speech-verbs", AttributionAct.Speech, true),
        ("act-writing-verbs", AttributionAct.Writing, true),
        ("act-thought-verbs", AttributionAct.Thought, true),
        ("act-intention-verbs", AttributionAct.Intention, true),
        ("act-perception-verbs", AttributionAct.Perception, true),
        ("act-other-verbs", AttributionAct.Other, true),
        ("act-speech-words", AttributionAct.Speech, false),
        ("act-writing-words", AttributionAct.Writing, false),
        ("act-thought-words", AttributionAct.Thought, false),
        ("act-intention-words", AttributionAct.Intention, false),
    ];

    /// <summary>The frame tags of <c>act-frames.txt</c>: the act before a to-infinitive or before a determiner-led object.</summary>
    private static readonly (string Tag, AttributionAct? BeforeTo, AttributionAct? BeforeObject)[] Frames =
    [
        ("to:intention", AttributionAct.Intention, null),
        ("to:other", AttributionAct.Other, null),
        ("object:perception", null, AttributionAct.Perception),
        ("object:other", null, AttributionAct.Other),
    ];

    private static readonly FrozenDictionary<string, Entry> Entries = Build();
    private static readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry of <paramref name="word"/>, when it is a listed cue word.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out Entry entry) => Lookup.TryGetValue(word, out entry);

    private static FrozenDictionary<string, Entry> Build()
    {
        var map = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);

        // Later lists only fill forms the earlier ones left, so a word keeps its first (most common) act; the frames
        // then set the acts before "to" and before an object.
        foreach ((string list, AttributionAct act, bool verbs) in Lists)
        {
            foreach (string entry in WordList.Load(list).Entries)
            {
                foreach (string form in verbs ? QuoteLexicon.Inflect(entry) : [entry])
                {
                    map.TryAdd(form, new Entry(act, act, act));
                }
            }
        }

        WordList frames = WordList.Load("act-frames");
        foreach ((string tag, AttributionAct? beforeTo, AttributionAct? beforeObject) in Frames)
        {
            foreach (string verb in frames.Tagged(tag))
            {
                foreach (string form in QuoteLexicon.Inflect(verb))
                {
                    // Regular inflection of a verb listed with irregular forms ("planed") is not in the map.
                    if (map.TryGetValue(form, out Entry e))
                    {
                        map[form] = new Entry(e.Act, beforeTo ?? e.BeforeTo, beforeObject ?? e.BeforeObject);
                    }
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
