namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 24: <c>Department feedgrain analysts said …. "…," one said.</c> — a bare "one" is one of the group quoted
/// last, in its paragraph or the one before: that group speaks (the speaker "one" named no one). Before
/// <see cref="ElidedRoleRule"/>, which decides when no group was quoted just before.
/// </summary>
internal sealed class OneOfGroupRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Description;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        if (!phrase.IsOneToken || v.Shapes[phrase.First] != TokenShape.Lower || !v.TextIs(phrase.First, "one"))
        {
            return false;
        }

        IReadOnlyList<Mention> spoke = context.Resolved.InOrder;
        for (int i = spoke.Count - 1; i >= 0 && spoke.Count - i <= 3; i--)
        {
            Mention m = spoke[i];
            if (m.First >= phrase.First)
            {
                continue;
            }

            string name = m.Speaker.Name;
            int space = name.LastIndexOf(' ');
            if (v.ParagraphOf[phrase.First] - v.ParagraphOf[m.First] <= 1 && !m.Speaker.IsPerson && m.Speaker.Type is null
                && NounPhrases.IsPlural(name.AsSpan(space + 1)))
            {
                speaker = m.Speaker;
                return true;
            }

            break;
        }

        // No group quoted just before: the elided role decides ("One diplomat said …. "…," one said").
        return false;
    }
}
