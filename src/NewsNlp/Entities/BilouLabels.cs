using NewsNlp.Documents;

namespace NewsNlp.Entities;

/// <summary>
/// The 17 BILOU labels of the recognizer: <c>O</c>, then Begin, Inside, Last and Unit for each of the four CoNLL entity types.
/// Label <c>0</c> is <c>O</c>; label <c>1 + 4·type + position</c> is position (B=0, I=1, L=2, U=3) of <see cref="EntityType"/> <c>type</c>.
/// </summary>
public static class BilouLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 17;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Position of a token inside a mention.</summary>
    public enum Position
    {
        /// <summary>First token of a multi-token mention.</summary>
        Begin = 0,
        /// <summary>Inner token of a multi-token mention.</summary>
        Inside = 1,
        /// <summary>Last token of a multi-token mention.</summary>
        Last = 2,
        /// <summary>A single-token mention.</summary>
        Unit = 3,
    }

    private static readonly string[] Names = BuildNames();

    /// <summary>The label for <paramref name="type"/> at <paramref name="position"/>.</summary>
    public static int Of(EntityType type, Position position) => 1 + ((int)type * 4) + (int)position;

    /// <summary>Entity type of a non-O label.</summary>
    public static EntityType TypeOf(int label) => (EntityType)((label - 1) >> 2);

    /// <summary>Position of a non-O label.</summary>
    public static Position PositionOf(int label) => (Position)((label - 1) & 3);

    /// <summary>The label's name, e.g. <c>B-PER</c>, <c>U-LOC</c>, <c>O</c>.</summary>
    public static string Name(int label) => Names[label];

    /// <summary>The CoNLL short name of a type: PER, ORG, LOC, MISC.</summary>
    public static string ShortName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>Parses PER, ORG, LOC or MISC (also PERSON, ORGANIZATION, LOCATION, case-insensitive).</summary>
    public static bool TryParseType(ReadOnlySpan<char> name, out EntityType type)
    {
        if (name.Equals("PER", StringComparison.OrdinalIgnoreCase) || name.Equals("PERSON", StringComparison.OrdinalIgnoreCase))
        {
            type = EntityType.Person;
        }
        else if (name.Equals("ORG", StringComparison.OrdinalIgnoreCase) || name.Equals("ORGANIZATION", StringComparison.OrdinalIgnoreCase) || name.Equals("ORGANISATION", StringComparison.OrdinalIgnoreCase))
        {
            type = EntityType.Organization;
        }
        else if (name.Equals("LOC", StringComparison.OrdinalIgnoreCase) || name.Equals("LOCATION", StringComparison.OrdinalIgnoreCase))
        {
            type = EntityType.Location;
        }
        else if (name.Equals("MISC", StringComparison.OrdinalIgnoreCase) || name.Equals("MISCELLANEOUS", StringComparison.OrdinalIgnoreCase))
        {
            type = EntityType.Miscellaneous;
        }
        else
        {
            type = default;
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="current"/> may follow <paramref name="previous"/> (-1 for the sentence start).</summary>
    public static bool IsAllowed(int previous, int current)
    {
        bool open = previous > 0 && PositionOf(previous) is Position.Begin or Position.Inside;
        if (!open)
        {
            return current == Outside || PositionOf(current) is Position.Begin or Position.Unit;
        }

        return current != Outside && TypeOf(current) == TypeOf(previous) && PositionOf(current) is Position.Inside or Position.Last;
    }

    /// <summary>True when a sentence may end with <paramref name="label"/>.</summary>
    public static bool IsAllowedLast(int label) => label == Outside || PositionOf(label) is Position.Last or Position.Unit;

    /// <summary>
    /// Reads mention spans <c>(start, end, type)</c> from any label sequence, repairing invalid ones leniently
    /// (an <c>I</c> or <c>L</c> without an open mention of its type starts one; a <c>B</c> or <c>I</c> not followed by its type ends one).
    /// </summary>
    public static List<(int Start, int End, EntityType Type)> ToSpans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, EntityType)>();
        int start = -1;
        EntityType type = default;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside)
            {
                Close(i);
                continue;
            }

            EntityType t = TypeOf(label);
            Position p = PositionOf(label);
            bool continues = start >= 0 && t == type && p is Position.Inside or Position.Last;
            if (!continues)
            {
                Close(i);
                start = i;
                type = t;
            }

            if (p is Position.Last or Position.Unit)
            {
                Close(i + 1);
            }
        }

        Close(labels.Length);
        return spans;

        void Close(int end)
        {
            if (start >= 0)
            {
                spans.Add((start, end, type));
                start = -1;
            }
        }
    }

    /// <summary>Writes the BILOU labels of <paramref name="spans"/> into <paramref name="labels"/> (other positions become O).</summary>
    public static void FromSpans(IEnumerable<(int Start, int End, EntityType Type)> spans, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(spans);
        labels.Clear();
        foreach ((int start, int end, EntityType type) in spans)
        {
            if (end - start == 1)
            {
                labels[start] = Of(type, Position.Unit);
                continue;
            }

            labels[start] = Of(type, Position.Begin);
            for (int i = start + 1; i < end - 1; i++)
            {
                labels[i] = Of(type, Position.Inside);
            }

            labels[end - 1] = Of(type, Position.Last);
        }
    }

    /// <summary>Rewrites <paramref name="labels"/> in place into a valid BILOU sequence with the same lenient reading as <see cref="ToSpans"/>.</summary>
    public static void Repair(Span<int> labels) => FromSpans(ToSpans(labels), labels);

    /// <summary>
    /// Reads IOB1 or IOB2 tags (<c>B-PER</c>, <c>I-ORG</c>, <c>O</c>; also BILOU/BIOES tags) into spans, as conlleval does.
    /// Unknown types are ignored (treated as O).
    /// </summary>
    public static List<(int Start, int End, EntityType Type)> SpansFromTags(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<(int, int, EntityType)>();
        int start = -1;
        EntityType type = default;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            int dash = tag.IndexOf('-', StringComparison.Ordinal);
            EntityType t = default;
            bool known = dash > 0 && TryParseType(tag.AsSpan(dash + 1), out t);
            char prefix = known ? char.ToUpperInvariant(tag[0]) : 'O';
            bool begins = prefix is 'B' or 'U' or 'S' || (prefix is 'I' or 'L' or 'E' && (start < 0 || t != type));
            if (start >= 0 && (prefix == 'O' || begins))
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (prefix != 'O' && start < 0)
            {
                start = i;
                type = t;
            }

            if (prefix is 'L' or 'E' or 'U' or 'S' && start >= 0)
            {
                spans.Add((start, i + 1, type));
                start = -1;
            }
        }

        return spans;
    }

    private static string[] BuildNames()
    {
        string[] names = new string[Count];
        names[0] = "O";
        foreach (EntityType type in Enum.GetValues<EntityType>())
        {
            foreach (Position p in Enum.GetValues<Position>())
            {
                names[Of(type, p)] = $"{"BILU"[(int)p]}-{ShortName(type)}";
            }
        }

        return names;
    }
}
