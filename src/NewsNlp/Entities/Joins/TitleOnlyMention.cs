using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A mention of another type than person made of title words alone names no one: an office the model took for a place or
/// an organisation (<c>The Lord Chief Justice, Lord Woolf,</c> gave the place "Chief Justice") is left untyped, so that
/// it neither speaks nor is spoken about: two or more title words (<see cref="TitleWords"/>). One title word alone stays
/// (<c>Queen</c>, the band; <c>MP</c> after a name, where it stops the speaker's name). One pass over the sentence's mentions.
/// </summary>
internal static class TitleOnlyMention
{
    /// <summary>Removes the sentence's title-only mentions from <paramref name="labels"/> (BILOU ids); returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        bool changed = false;
        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            if (type != EntityType.Person && IsTitlesAlone(text, rows[start..end]))
            {
                labels[start..end].Clear(); // BilouLabels.Outside is 0
                changed = true;
            }
        }

        return changed;
    }

    private static bool IsTitlesAlone(string text, ReadOnlySpan<TokenRow> words)
    {
        if (words.Length == 1)
        {
            return false;
        }

        foreach (TokenRow row in words)
        {
            if (!TitleWords.IsTitle(text, row))
            {
                return false;
            }
        }

        return true;
    }
}
