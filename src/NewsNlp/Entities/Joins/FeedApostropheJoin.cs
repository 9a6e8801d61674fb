using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// An apostrophe a news feed wrote as the entity <c>#39;</c> (AG News rows: <c>Shaquille O #39;Neal</c>, <c>the Breeders
/// #39; Cup</c>) is read by the tokenizer as <c>#</c>, <c>39</c>, <c>;</c>, and the model cuts the name there ("Shaquille
/// O" and "Neal", or "Breeders" and "; Cup"). A mention ending right before the entity continues over it when the name goes
/// on after it: a capitalised word right after <c>;</c> with no space (<c>O #39;Neal</c>; <c>#39;s</c>, or <c>#39;S</c>
/// in a headline's capitals, is the possessive and joins nothing), or a mention the model itself started on the entity (<c>Breeders #39; Cup</c>). The
/// joined mention takes the type of the part after the apostrophe when the model gave it one (the name's head: a person
/// <c>O'Neal</c>, an event <c>Breeders' Cup</c>), else the type before it. A mention the model started on the entity with
/// no mention before it starts at the first word after it. One pass over the sentence.
/// </summary>
internal static class FeedApostropheJoin
{
    /// <summary>Rewrites the sentence's mentions in <paramref name="labels"/> (BILOU ids); returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside) || rows.Length < 4)
        {
            return false;
        }

        List<(int Start, int End, EntityType Type)>? mentions = null;
        bool changed = false;
        for (int i = 1; i + 3 < rows.Length; i++)
        {
            if (!IsEntityAt(text, rows, i))
            {
                continue;
            }

            mentions ??= BilouLabels.ToSpans(labels);
            int before = mentions.FindIndex(m => m.End == i);
            bool attached = rows[i + 3].Start == rows[i + 2].End && !IsPossessiveS(text, rows[i + 3]); // not a headline's #39;S
            int after = mentions.FindIndex(m => m.Start >= i && m.End > i + 3 && (m.Start < i + 3 || (m.Start == i + 3 && attached)));
            if (after >= 0 && (before >= 0 || mentions[after].Start < i + 3))
            {
                (int start, int end, EntityType type) = mentions[after];
                if (before >= 0)
                {
                    mentions[before] = (mentions[before].Start, end, type);
                    mentions.RemoveAt(after);
                }
                else
                {
                    mentions[after] = (i + 3, end, type); // "; Cup" with nothing named before the apostrophe
                }

                changed = true;
            }
            else if (before >= 0 && after < 0 && attached && rows[i + 3].Length > 0
                && char.IsUpper(text[rows[i + 3].Start]) && !mentions.Exists(m => m.Start <= i + 3 && m.End > i + 3))
            {
                mentions[before] = (mentions[before].Start, i + 4, mentions[before].Type); // O #39;Neal
                changed = true;
            }
        }

        if (changed)
        {
            BilouLabels.FromSpans(mentions!, labels);
        }

        return changed;
    }

    /// <summary>True for a lone <c>s</c> or <c>S</c> (the possessive after the apostrophe, in capitals in a headline).</summary>
    private static bool IsPossessiveS(string text, TokenRow row) => JoinSentence.WordOf(text, row) is "s" or "S";

    /// <summary>True when tokens <paramref name="i"/> … <paramref name="i"/>+2 are <c>#</c>, <c>39</c>, <c>;</c> written together.</summary>
    private static bool IsEntityAt(string text, ReadOnlySpan<TokenRow> rows, int i) =>
        JoinSentence.WordOf(text, rows[i]) is "#" && JoinSentence.WordOf(text, rows[i + 1]) is "39" && JoinSentence.WordOf(text, rows[i + 2]) is ";"
        && rows[i + 1].Start == rows[i].End && rows[i + 2].Start == rows[i + 1].End;
}
