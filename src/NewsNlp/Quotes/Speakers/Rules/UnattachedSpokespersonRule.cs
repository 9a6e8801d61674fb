using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 27: <c>The Hollis Group said it had owned the farm since 1950. But a spokesman added: "…"</c> — a spokesperson
/// the text ties to no one ("a spokesman", "a company spokeswoman": an indefinite spokes noun with only lower-case
/// modifiers and no "for …") speaks for the organisation that was the last speaker before it, when that organisation
/// spoke in the same paragraph or the one before and no person spoke since: "spokesman for Hollis Group", named as
/// <see cref="SpokespersonForRule"/> names it (was the bare "a spokesman"); a person of its own, so that a later "the
/// company" is still the organisation. After a person (who
/// a spokesman speaks for is then not told) or with no organisation speaking before, the phrase stays as written.
/// </summary>
internal sealed class UnattachedSpokespersonRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.SpokespersonFor;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (phrase.Depth != 0 || head <= pf || phrase.PhraseEnd != head + 1 || v.InQuote(head) || v.Shapes[head] != TokenShape.Lower
            || !SpeakerWords.IsSpokesNoun(v.Chars(head)) || NounPhrases.IsPlural(v.Chars(head)) || !(v.TextIs(pf, "a") || v.TextIs(pf, "A") || v.TextIs(pf, "an")))
        {
            return false;
        }

        for (int t = pf + 1; t < head; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.Determiner | WordClass.CueVerb | WordClass.Auxiliary | WordClass.Boundary))
            {
                return false;
            }
        }

        IReadOnlyList<Mention> recent = context.Resolved.InOrder;
        for (int i = recent.Count - 1; i >= 0; i--)
        {
            Mention m = recent[i];
            if (m.First >= pf || context.InReportedContent(m.First))
            {
                continue;
            }

            if (v.ParagraphOf[pf] - v.ParagraphOf[m.First] > 1 || m.Speaker.IsPerson || m.Speaker.Type != EntityType.Organization
                || m.Speaker.Name.Length == 0 || !char.IsUpper(m.Speaker.Name[0]) || m.Speaker.Name.Contains(' ', StringComparison.Ordinal) && SpeakerWords.IsSpokesNoun(m.Speaker.Name.AsSpan(0, m.Speaker.Name.IndexOf(' '))))
            {
                return false;
            }

            // A speaker of its own (a person, the organisation's key not reused): a later "the company" is the organisation
            // again, a later "he" may be the spokesman.
            string name = context.Mentions.Names.Intern(string.Concat(v.Chars(head).ToString(), " for ", m.Speaker.Name), out string key);
            speaker = new SpeakerCandidate(key, name, null, -1, IsPerson: true, IsGroup: false);
            return true;
        }

        return false;
    }
}
