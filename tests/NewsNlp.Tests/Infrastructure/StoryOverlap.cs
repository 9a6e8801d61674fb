using System.Text;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>
/// Whether two articles tell one story: the share of lower-cased word 5-grams they have in common (Jaccard). The BBC
/// dataset repeats stories under two numbers, sometimes with another title or a changed paragraph, so a text hash alone
/// does not keep a blind split blind.
/// </summary>
internal static class StoryOverlap
{
    /// <summary>At or above this Jaccard two articles tell one story (unrelated articles of one topic stay under 0.03).</summary>
    public const double SameStoryJaccard = 0.1;

    /// <summary>The lower-cased word 5-grams of a text (words: runs of letters and digits).</summary>
    public static HashSet<string> Shingles(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
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

        string[] all = [.. words];
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 5 <= all.Length; i++)
        {
            shingles.Add(string.Join(' ', all, i, 5));
        }

        return shingles;
    }

    /// <summary>Common 5-grams over all 5-grams of the two (0 when both are empty).</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        int common = a.Count(b.Contains);
        int union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
