namespace NewsNlp.Entities.Joins;

/// <summary>
/// A rule that finds token ranges of a sentence that English makes one organisation name although the model split or
/// cut them. <see cref="NameJoins"/> widens each range over the model mentions it overlaps and labels it one mention.
/// </summary>
internal interface INameJoinRule
{
    /// <summary>Adds the sentence's ranges <c>[Start, End)</c> (sentence token indices, in text order) to <paramref name="joins"/>; one pass over the sentence.</summary>
    void Find(in JoinSentence sentence, List<(int Start, int End)> joins);
}
