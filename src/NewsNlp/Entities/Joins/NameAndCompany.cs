using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A name joined by <c>and</c> or <c>&amp;</c> to <c>Co</c>, <c>Company</c> or <c>Sons</c> is one firm (<c>Tiffany and
/// Co said</c>, <c>Tiffany &amp; Company</c>, <c>Dombey and Son</c>): the model kept the name as a person, who then
/// stood for the firm's statements, and the designator alone as an organisation. The word before <c>and</c> must be
/// capitalised and inside a model mention (the join widens over all of it).
/// </summary>
internal sealed class NameAndCompany : INameJoinRule
{
    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        for (int k = 1; k + 1 < sentence.Count; k++)
        {
            if (sentence.IsAnd(k) && sentence.IsCapitalised(k - 1) && sentence.TypeAt(k - 1) is not null
                && sentence.Word(k + 1) is "Co" or "Co." or "Cos" or "Cos." or "Company" or "Son" or "Sons")
            {
                joins.Add((k - 1, k + 2));
            }
        }
    }
}
