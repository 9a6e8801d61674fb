using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Entities.Joins;

/// <summary>The capitalised words that give a person's title or role before a name (<c>President</c>, <c>Attorney</c>, <c>MP</c>).</summary>
internal static class TitleWords
{
    /// <summary>
    /// A capitalised title (<c>President</c>, <c>General</c>, <c>Lord</c>), singular role noun (<c>Attorney</c>,
    /// <c>Minister</c>) or member's letters (<c>MP</c>, <c>MEP</c>) that is no word of an organisation's name
    /// (<c>Metropolitan Police Commissioner Sir John Stevens</c> keeps "Metropolitan Police"; <c>Council of Economic
    /// Advisers Chairman</c> keeps the plural "Advisers").
    /// </summary>
    public static bool IsTitle(string text, TokenRow row)
    {
        ReadOnlySpan<char> w = JoinSentence.WordOf(text, row);
        if (w is "MP" or "MEP" or "MSP")
        {
            return true;
        }

        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[1]))
        {
            return false;
        }

        WordClass c = QuoteLexicon.Classify(w);
        return (c & WordClass.NonPersonNameWord) == 0 && (PersonTitles.IsTitle(w) || ((c & WordClass.RoleNoun) != 0 && w[^1] != 's'));
    }
}
