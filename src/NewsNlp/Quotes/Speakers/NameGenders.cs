using System.Collections.Frozen;
using NewsNlp.Entities.Linking;

namespace NewsNlp.Quotes.Speakers;

/// <summary>The grammatical gender a name or pronoun implies, when it implies one.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// First names and titles → gender, for he/she agreement. The table (<c>first-name-genders.txt</c>, embedded) is built by
/// <c>scripts/build_name_genders.py</c> from the SSA baby-name files and the 1990 US Census first names (public domain)
/// and the Moby first-name lists (PDDL/CC0): a name is listed only when one sex holds at least 95% of its uses.
/// </summary>
internal static class NameGenders
{
    private const string ResourceName = "NewsNlp.Quotes.first-name-genders.txt";

    private static readonly Lazy<FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>>> Table = new(Load);

    /// <summary>The names whose gender is sure (written with a capital letter in the table; see <c>scripts/build_name_genders.py</c>).</summary>
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Sure = new(LoadSure);

    /// <summary>The gendered titles of <see cref="PersonTitles"/> (<c>Mrs.</c>, <c>Sir</c> …).</summary>
    private static readonly FrozenDictionary<string, Gender> Titles =
        PersonTitles.Male.Select(t => KeyValuePair.Create(t, Gender.Male))
            .Concat(PersonTitles.Female.Select(t => KeyValuePair.Create(t, Gender.Female)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of first names in the table.</summary>
    public static int Count => Table.Value.Dictionary.Count;

    /// <summary>The gender of a first name or title (ignoring case), or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfWord(ReadOnlySpan<char> word)
    {
        if (TitleLookup.TryGetValue(word, out Gender title))
        {
            return title;
        }

        return Table.Value.TryGetValue(word, out Gender g) ? g : Gender.Unknown;
    }

    /// <summary>
    /// The gender a person's name implies: its title ("Mrs. Clinton") or first name ("Claire Martin"); unknown for a
    /// surname alone or a name the table does not decide.
    /// </summary>
    public static Gender OfName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int space = name.IndexOf(' ');
        if (space < 0)
        {
            return TitleLookup.TryGetValue(name, out Gender alone) ? alone : Gender.Unknown;
        }

        return OfWord(name[..space]);
    }

    /// <summary>
    /// Session 19: the gender of a full name's first name when the table is sure of it — one sex holds at least 99 % of
    /// thousands of US births ("Ann Lee", "David Hale"), not a name shared abroad across sexes ("Ola", "Andrea") — or of its
    /// title; else <see cref="Gender.Unknown"/>.
    /// </summary>
    public static Gender SureOfName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int space = name.IndexOf(' ');
        if (space < 0)
        {
            return Gender.Unknown;
        }

        Gender title = OfTitle(name);
        if (title != Gender.Unknown)
        {
            return title;
        }

        ReadOnlySpan<char> first = name[..space];
        return Sure.Value.Contains(first) ? OfWord(first) : Gender.Unknown;
    }

    /// <summary>The gender of a name's title ("Mrs. Clinton"), or <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfTitle(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int space = name.IndexOf(' ');
        return TitleLookup.TryGetValue(space < 0 ? name : name[..space], out Gender title) ? title : Gender.Unknown;
    }

    /// <summary>The gender of a third-person singular pronoun: he/him/his → male, she/her/hers → female; else unknown.</summary>
    public static Gender OfPronoun(ReadOnlySpan<char> pronoun) =>
        pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("him", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("her", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("hers", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : Gender.Unknown;

    private static FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var table = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        using Stream? stream = typeof(NameGenders).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                int space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && space == line.Length - 2)
                {
                    table[line[..space]] = line[^1] is 'f' or 'F' ? Gender.Female : Gender.Male;
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadSure()
    {
        var sure = new List<string>();
        using Stream? stream = typeof(NameGenders).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                int space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && space == line.Length - 2 && line[^1] is 'F' or 'M')
                {
                    sure.Add(line[..space]);
                }
            }
        }

        return sure.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
