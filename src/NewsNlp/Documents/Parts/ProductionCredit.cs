namespace NewsNlp.Documents.Parts;

/// <summary>
/// A production credit that opens with a participle and "by" (<c>Produced by Ana Ruiz</c>, <c>Written and edited by Li
/// Wei in London</c>, <c>(Compiled by the BBC's Ana Ruiz)</c>): short, capitalised, and naming only who did it. A body
/// sentence that opens the same way goes on with lower-case words of its own (<c>Produced by Harwell Games, renowned for
/// …, it caused a stir</c>; <c>Written by a former spy, the novel …</c>), and a wrapped wire line that starts inside a
/// sentence starts lower-case (<c>compiled by Aviation Daily, a leading trade magazine.</c>): neither is a credit.
/// </summary>
internal static class ProductionCredit
{
    /// <summary>At most this many words after "by".</summary>
    private const int MaxWords = 14;

    private static readonly string[] Participles = ["Compiled", "Edited", "Written", "Translated", "Produced", "Directed", "Illustrated"];

    // Lower-case words a list of names and outlets holds: "Ana Ruiz and Li Wei in London for BBC News", "the BBC's".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "and", "&", "by", "in", "for", "of", "at", "the", "from", "with", "editing", "reporting", "additional", "writing",
        "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al",
    };

    /// <summary>True when <paramref name="line"/> is such a credit.</summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimStart('(');
        int by = OpeningEnd(line);
        if (by < 0)
        {
            return false;
        }

        int words = 0;
        foreach (Range r in line[by..].Split(' '))
        {
            ReadOnlySpan<char> word = line[by..][r].Trim(",;:.()\"'’ ");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxWords || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || Connectors.Contains(word.ToString())))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>Where the names start: after "Produced by" or "Written and edited by"; -1 when the line opens otherwise.</summary>
    private static int OpeningEnd(ReadOnlySpan<char> line)
    {
        foreach (string participle in Participles)
        {
            if (!line.StartsWith(participle, StringComparison.Ordinal))
            {
                continue;
            }

            // "Written and edited by", "Produced and directed by": more participles joined by "and".
            int by = line.IndexOf(" by ", StringComparison.Ordinal);
            if (by < 0 || by > 40 || line[participle.Length..by].ContainsAny(",.;:"))
            {
                return -1;
            }

            foreach (Range r in line[participle.Length..by].Split(' '))
            {
                ReadOnlySpan<char> w = line[participle.Length..by][r];
                if (!w.IsEmpty && !w.SequenceEqual("and") && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("en", StringComparison.Ordinal))
                {
                    return -1;
                }
            }

            return by + " by ".Length;
        }

        return -1;
    }
}
