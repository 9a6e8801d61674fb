using System.Collections.Frozen;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 24: <c>Pensioners are being promised energy savings by the Liberal Democrats. ¶ The party says …</c> — a bare
/// "the party" is the political party named last before it outside quotations (this paragraph or the one before), not
/// the organisation that spoke most in the story (<see cref="OrganisationNounRule"/> gave it to Labour, quoted twice in
/// an article on three parties' plans). A party is a name the recogniser found that ends in "Party" or is a party's
/// usual name (<c>Labour</c>, <c>the Lib Dems</c>, <c>Republicans</c>); with none such, the organisation-noun rule decides.
/// </summary>
internal sealed class PartyNounRule : ISpeakerRule
{
    /// <summary>Most tokens read back for the party's name.</summary>
    private const int MaxTokensBack = 400;

    /// <summary>Usual names of political parties in English-language news (as the recogniser finds them, without "the").</summary>
    private static readonly FrozenSet<string> PartyNames = FrozenSet.ToFrozenSet(
    [
        "Labour", "Conservatives", "Conservative", "Tories", "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Liberals", "Democrats", "Republicans", "Republican", "GOP", "SNP",
        "Plaid Cymru", "Plaid", "UKIP", "Greens", "Sinn Fein", "Sinn Féin", "DUP", "SDLP", "BNP", "Social Democrats", "Christian Democrats",
        "Respect", "Veritas", "ANC", "Likud", "Fianna Fail", "Fine Gael",
    ], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Name => RuleNames.OrganisationNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (head != pf + 1 || phrase.PhraseEnd != head + 1 || !v.TextIs(pf, "the") || v.Shapes[head] != TokenShape.Lower || !v.TextIs(head, "party"))
        {
            return false;
        }

        MentionIndex mentions = context.Mentions;
        int paragraph = v.ParagraphOf[pf];
        for (int i = mentions.LastMentionBefore(pf); i >= 0; i--)
        {
            Mention m = mentions[i];
            if (pf - m.First > MaxTokensBack || paragraph - v.ParagraphOf[m.First] > 1)
            {
                break;
            }

            if (!v.InQuote(m.First) && !m.Speaker.IsPerson && IsParty(m.Speaker.Name))
            {
                speaker = m.Speaker;
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a name that ends in "Party" or is a listed party name (with or without a leading "the").</summary>
    internal static bool IsParty(string name)
    {
        ReadOnlySpan<char> n = name.AsSpan().Trim();
        if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            n = n[4..];
        }

        return n.EndsWith(" Party", StringComparison.Ordinal) || PartyNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(n);
    }
}
