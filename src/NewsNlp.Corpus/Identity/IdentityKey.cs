using System.Globalization;
using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Identity;

/// <summary>
/// The cross-article identity of a named speaker or entity: its type and its name normalised (case, accents and
/// punctuation folded; titles and honorifics such as "Mr", "President", "Sen." dropped; "Jr." dropped). Two mentions in
/// different articles are the same identity when their keys are equal.
/// </summary>
/// <remarks>
/// Inside an article, "Tony Blair" / "Mr Blair" / "Blair" are already one cluster whose canonical name is the fullest form
/// (the entity linker). Across articles, identities merge by <see cref="Key"/>. A person known in some article only by a
/// surname ("Blair", when the article never gives the full name) has a surname-only key; the store counts it as the
/// full-name identity with that surname <b>only when exactly one</b> PERSON identity in the corpus has it
/// (<see cref="Surname"/>), and keeps it apart when two or more do ("Blair" with both "Tony Blair" and "Cherie Blair"
/// stored): an ambiguous surname is never guessed. The rule depends only on the set of stored identities, not on the
/// order articles arrive in.
/// </remarks>
/// <param name="Type">Entity type.</param>
/// <param name="Name">The normalised name ("tony blair").</param>
/// <param name="Surname">For a PERSON, the last word of the normalised name ("blair"); else null.</param>
public sealed record IdentityKey(EntityType Type, string Name, string? Surname)
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "fr",
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "sen", "senator", "rep",
        "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "gen", "general", "col", "colonel",
        "capt", "captain", "lt", "maj", "major", "sgt", "adm", "admiral", "cmdr", "judge", "justice", "king", "queen",
        "prince", "princess", "pope", "sheikh", "ayatollah", "chairman", "chairwoman", "ambassador", "speaker", "mp",
        "foreign", "defence", "defense", "finance", "interior", "deputy", "former", "acting", "state",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv", "phd", "md" };

    /// <summary>True when the person is known by one word only (a surname alone): see the remarks for how it merges.</summary>
    public bool IsSurnameOnly => Type == EntityType.Person && !Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>The stable string form, <c>PERSON:tony blair</c>.</summary>
    public string Key => $"{TypeName(Type)}:{Name}";

    /// <summary>The key of <paramref name="name"/> as a <paramref name="type"/>, or null when nothing of the name is left (only titles).</summary>
    public static IdentityKey? For(string name, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        List<string> words = Words(name);
        if (type == EntityType.Person)
        {
            // Titles lead ("President Barack Obama", "Foreign Minister Sergei Lavrov"); keep at least one word.
            int first = 0;
            while (first < words.Count - 1 && Titles.Contains(words[first]))
            {
                first++;
            }

            int end = words.Count;
            while (end > first + 1 && Suffixes.Contains(words[end - 1]))
            {
                end--;
            }

            words = words.GetRange(first, end - first);
            if (words.Count == 1 && Titles.Contains(words[0]))
            {
                return null;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        string normalised = string.Join(' ', words);
        return new IdentityKey(type, normalised, type == EntityType.Person ? words[^1] : null);
    }

    /// <summary>The normalised words of <paramref name="text"/> (for keys and for fuzzy name search).</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char original in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = Fold(original);
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '.')
            {
                // O'Neill → oneill, Sen. → sen, U.S. → us: inside a word these do not split it.
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// The letter without its accent for the Latin letters of European names (é → e, ł → l, ß → s); other characters
    /// unchanged. A table rather than Unicode decomposition, which invariant-globalization builds do not do.
    /// </summary>
    private static char Fold(char c)
    {
        if (c < '\u00C0' || c > '\u017F')
        {
            return c;
        }

        int at = Accented.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 ? Plain[at] : c;
    }

    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿßĀāĂăĄąĆćČčĎďĐđĒēĖėĘęĚěĞğĢģĪīĮįİıĶķĹĺĻļĽľŁłŃńŅņŇňŌōŐőŒœŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŹźŻżŽž";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyysAaAaAaCcCcDdDdEeEeEeEeGgGgIiIiIiKkLlLlLlLlNnNnNnOoOoOoRrRrSsSsSsTtTtUuUuUuUuZzZzZz";

    /// <summary>The wire name of a type (<c>PERSON</c>, <c>ORG</c>, <c>LOC</c>, <c>MISC</c>).</summary>
    public static string TypeName(EntityType type) => Serialization.WireNames.Of(type);
}
