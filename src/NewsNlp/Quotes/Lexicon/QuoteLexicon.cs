using System.Collections.Frozen;
using NewsNlp.WordLists;

namespace NewsNlp.Quotes.Lexicon;

/// <summary>
/// Word classes of the attribution rules and the tagger's features: reporting verbs (with their inflections), pronouns,
/// role nouns, determiners, auxiliaries, boundary words and the rest, each list an embedded data file under
/// <c>Quotes/Lexicon/Data/</c> owned by this class (see <see cref="WordList"/>). Lookups are case-insensitive and
/// allocation-free (span lookup).
/// </summary>
/// <remarks>
/// The learned attribution tagger reads these classes, so its model records <see cref="Fingerprints"/> of the lists
/// it was trained with and refuses to load against different ones: adding a cue verb means retraining it.
/// </remarks>
internal static class QuoteLexicon
{
    /// <summary>The lists and the class each gives its words, in the order they are read; verb lists are inflected.</summary>
    private static readonly (string List, WordClass Class, bool Verbs)[] Lists =
    [
        ("speech-verbs", WordClass.CueVerb, true),
        ("weak-cue-verbs", WordClass.WeakCueVerb, true),
        ("evaluative-cues", WordClass.EvaluativeCue | WordClass.CueVerb, true),
        ("object-cues", WordClass.ObjectCue, true),
        ("singular-pronouns", WordClass.SingularPronoun, false),
        ("plural-pronouns", WordClass.PluralPronoun, false),
        ("object-pronouns", WordClass.ObjectPronoun, false),
        ("role-nouns", WordClass.RoleNoun, false),
        ("cue-nouns", WordClass.CueNoun, false),
        ("determiners", WordClass.Determiner, false),
        ("auxiliaries", WordClass.Auxiliary, false),
        ("adverbs", WordClass.Adverb, false),
        ("boundary-words", WordClass.Boundary, false),
        ("capitalised-function-words", WordClass.CapitalisedFunctionWord, false),
        ("non-person-name-words", WordClass.NonPersonNameWord, false),
        ("name-particles", WordClass.NameParticle, false),
        ("time-words", WordClass.TimeWord, false),
    ];

    /// <summary>The single words with a class of their own.</summary>
    private static readonly (string Word, WordClass Class)[] Words =
    [
        ("according", WordClass.According), ("that", WordClass.That), ("it", WordClass.ItPronoun), ("who", WordClass.Relative), ("which", WordClass.Relative),
    ];

    private static readonly (FrozenDictionary<string, WordClass> Classes, (string List, ulong Hash)[] Fingerprints) Built = Build();
    private static readonly FrozenDictionary<string, WordClass> Classes = Built.Classes;
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The classes of <paramref name="word"/> (case-insensitive).</summary>
    public static WordClass Classify(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out WordClass c) ? c : WordClass.None;

    /// <summary>Every listed form with its classes (the document view's word-hash table of them: <c>LexiconHashTable</c>).</summary>
    internal static IEnumerable<KeyValuePair<string, WordClass>> Entries => Classes;

    /// <summary>Every inflected form of the listed speech verbs (for tests and documentation).</summary>
    public static IEnumerable<string> CueVerbForms => Classes.Where(p => (p.Value & WordClass.CueVerb) != 0).Select(p => p.Key);

    /// <summary>
    /// One fingerprint per list (<see cref="WordList.Fingerprint"/> of the forms it gives a class), in a fixed order: what
    /// a tagger trained on these classes depends on.
    /// </summary>
    public static IReadOnlyList<(string List, ulong Hash)> Fingerprints => Built.Fingerprints;

    private static (FrozenDictionary<string, WordClass>, (string, ulong)[]) Build()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        var fingerprints = new List<(string, ulong)>(Lists.Length + 1);
        foreach ((string name, WordClass c, bool verbs) in Lists)
        {
            IEnumerable<string> entries = WordList.Load(name).Entries;
            if (c == WordClass.RoleNoun)
            {
                entries = entries.Concat(SpeakerWords.RoleSpokesNouns);
            }

            List<string> forms = verbs ? [.. entries.SelectMany(Inflect)] : [.. entries];
            foreach (string form in forms)
            {
                map[form] = map.GetValueOrDefault(form) | c;
            }

            fingerprints.Add((name, WordList.Fingerprint(forms)));
        }

        foreach ((string word, WordClass c) in Words)
        {
            map[word] = map.GetValueOrDefault(word) | c;
        }

        fingerprints.Add(("single-words", WordList.Fingerprint(Words.Select(w => w.Word + "=" + ((int)w.Class).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        return (map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. fingerprints]);
    }

    /// <summary>Base, -s, past, participle and -ing forms of a verb entry (<c>base</c> or <c>base/s/past/participle/ing</c>).</summary>
    internal static IEnumerable<string> Inflect(string entry)
    {
        string[] parts = entry.Split('/');
        if (parts.Length == 5)
        {
            return parts;
        }

        string v = parts[0];
        bool consonantY = v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]);
        string s = v.EndsWith('s') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('x') || v.EndsWith('z')
            ? v + "es"
            : consonantY ? v[..^1] + "ies" : v + "s";
        string past = v.EndsWith('e') ? v + "d" : consonantY ? v[..^1] + "ied" : v + "ed";
        string ing = v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing" : v + "ing";
        return [v, s, past, ing];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
