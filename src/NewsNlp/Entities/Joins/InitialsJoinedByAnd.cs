using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Two initials joined by <c>and</c> or <c>&amp;</c> of which the model typed one an organisation are one name
/// (<c>S and P</c>, <c>P and O</c>, <c>B and Q</c>): the model, which learned <c>S&amp;P</c> as one token, otherwise
/// keeps only the last letter (<c>S and P announced</c> → "P"). Initials right before belong to the name
/// (<c>E D and F Man</c>). Initials the model left untyped (<c>R and D</c>, <c>class A and B shares</c>) are not touched.
/// </summary>
internal sealed class InitialsJoinedByAnd : INameJoinRule
{
    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        for (int k = 1; k + 1 < sentence.Count; k++)
        {
            if (sentence.IsAnd(k)
                && sentence.IsInitial(k - 1)
                && sentence.IsInitial(k + 1)
                && (sentence.TypeAt(k - 1) == EntityType.Organization || sentence.TypeAt(k + 1) == EntityType.Organization))
            {
                int first = k - 1;
                while (first > 0 && sentence.IsInitial(first - 1))
                {
                    first--; // "E D and F Man": the initials before belong to the name
                }

                joins.Add((first, k + 2));
            }
        }
    }
}
