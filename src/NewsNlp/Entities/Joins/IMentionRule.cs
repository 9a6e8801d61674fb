using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A rule that reads one mention of the model at a time and says what it is: the same mention, another type, or
/// nothing, or fewer of its words. <see cref="MentionRules"/> reads the sentence's mentions once and hands each to the rules in order, each
/// seeing the type the rules before it gave.
/// </summary>
internal interface IMentionRule
{
    /// <summary>
    /// The mention <paramref name="mention"/> (sentence token indices <c>[Start, End)</c>) as this rule reads it: unchanged,
    /// retyped, narrowed (within its own bounds), or null when it names nothing. Must not read <see cref="JoinSentence.Labels"/> (other rules may have
    /// changed the mentions since).
    /// </summary>
    (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention);
}
