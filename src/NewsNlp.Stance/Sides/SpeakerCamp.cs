using System.Text.RegularExpressions;
using NewsNlp.Documents;
using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// The camp reading: toward a claim whose subject is a party's or the government's ("The Tory asylum plans will …", "The
/// Liberal Democrats can unseat …", "Labour's poster … is offensive", "The government's plan …"), a speaker whose title in
/// the text names a party or an office ("Lib Dem chairman Matthew Taylor", "Caroline Spelman, the Tory housing
/// spokeswoman", "shadow home secretary David Davis", "Treasury minister Paul Boateng") is of the subject's camp or of a
/// rival one. In political news a camp defends its own and the rival camps attack it, so a speaker who takes a side takes
/// the side of their camp: the claim's effect on its subject for the same camp, its opposite for a rival. Only what the
/// text states is read: the camp must be named in the claim's subject and in a title right before the speaker's name (or
/// in an apposition right after it); "government" and "shadow"/"opposition" are camps of their own, the government being
/// a party's when the text speaks of "the Labour government" (or its ministers); a title with two camps decides nothing.
/// </summary>
internal sealed partial class SpeakerCamp
{
    /// <summary>The driving word of a side the camp reading decided.</summary>
    public const string Cue = "camp";

    private const string Government = "government", Opposition = "opposition";

    /// <summary>Party names as titles write them (case-sensitive: "Labour", not "labour costs").</summary>
    private static readonly (string Camp, Regex Pattern)[] Parties =
    [
        ("labour", LabourPattern()), ("conservative", ConservativePattern()), ("libdem", LibDemPattern()), ("snp", SnpPattern()),
        ("plaid", PlaidPattern()), ("ukip", UkipPattern()), ("green", GreenPattern()),
    ];

    private readonly NewsDocument _document;
    private readonly string _proponent;
    private readonly string? _governing;

    private SpeakerCamp(NewsDocument document, string proponent, string? governing, int effect, bool proposer)
    {
        _document = document;
        _governing = governing;
        _proponent = Normal(proponent, governing);
        Effect = effect;
        IsProposer = proposer;
    }

    /// <summary>The claim's effect on the proponent's camp: the claim's effect on its subject, or +1 for the camp that proposes it.</summary>
    public int Effect { get; }

    /// <summary>Whether the camp is the government that proposes the claim in the text (<see cref="ReadProposer"/>), not the claim's subject.</summary>
    public bool IsProposer { get; }

    /// <summary>The camp named in <paramref name="claim"/>'s subject, read against <paramref name="document"/>; null when the subject names no single camp.</summary>
    public static SpeakerCamp? Read(NewsDocument document, ClaimFrame claim)
    {
        // The subject up to its first preposition: "The Tory asylum plans", not "Lord Butler's criticism of the Blair government".
        // A subject that ends in "to" ("The Conservative plans to abolish …") holds the verb the claim frame read: the claim's
        // effect on its subject is not known, so neither is the camp's side.
        if (claim.VerbIndex == 0 || claim.Words[claim.VerbIndex - 1] == "to")
        {
            return null;
        }

        string subject = ClaimSubjectText(claim);
        string? proponent = Single(CampsIn(subject, claimWords: true));
        return proponent is null ? null : new SpeakerCamp(document, proponent, GoverningParty(document.Text), claim.SubjectEffect, proposer: false);
    }

    /// <summary>
    /// The government as the camp that proposes <paramref name="claim"/>: toward a proposal ("Pub opening hours should be
    /// extended", "The pension age should rise to 65") that names no camp itself, when a sentence of the text puts the
    /// government or its ministers with a word of planning and two of the claim's content words ("The government plans to
    /// extend opening hours"). In news the government defends what it proposes and the opposition attacks it, so the
    /// government's office-holders take the claim's side and the opposition ("shadow") the other. Not read: a negated claim
    /// ("… should not …"), one about what ought to have happened ("should have …"), a claim that is not a proposal.
    /// </summary>
    public static SpeakerCamp? ReadProposer(NewsDocument document, ClaimFrame claim)
    {
        if (!claim.IsProposal || claim.IsNegated || ClaimFrame.IsCounterfactual(claim.Words, claim.VerbIndex)
            || CampsIn(string.Join(' ', claim.Words), claimWords: true).Count > 0)
        {
            return null;
        }

        var stems = new HashSet<string>(claim.Words.Select(ClaimFrame.WithoutPossessive).Where(w => w.Length > 1 && !Lexicons.StopWords.Contains(w)).Select(TextPreparer.Stem), StringComparer.Ordinal);
        string text = document.Text;
        foreach (TokenRange sentence in document.Sentences)
        {
            if (sentence.Span.Start < 0 || sentence.Span.End > text.Length)
            {
                continue;
            }

            string s = text[sentence.Span.Start..sentence.Span.End];
            if (!ProposingGovernmentPattern().IsMatch(s) || !PlanningPattern().IsMatch(s))
            {
                continue;
            }

            var shared = new HashSet<string>(WordPattern().Matches(s).Select(m => TextPreparer.Stem(m.Value.ToLowerInvariant())).Where(stems.Contains), StringComparer.Ordinal);
            if (shared.Count >= 2)
            {
                return new SpeakerCamp(document, Government, GoverningParty(text), effect: 1, proposer: true);
            }
        }

        return null;
    }

    /// <summary>+1: <paramref name="speaker"/>'s title names the subject's camp; −1: a rival camp; 0: no camp, two camps or neither.</summary>
    public int Side(Speaker speaker)
    {
        string? mine = Single(CampsOf(speaker));
        if (mine is null)
        {
            return 0;
        }

        mine = Normal(mine, _governing);
        return mine == _proponent ? 1 : Rivals(_proponent, mine, _governing) ? -1 : 0;
    }

    /// <summary>The subject words of the claim before its first preposition, as written (lower case, possessives kept).</summary>
    internal static string ClaimSubjectText(ClaimFrame claim)
    {
        var words = new List<string>();
        foreach (string w in claim.Words.Take(claim.VerbIndex))
        {
            if (Prepositions.Contains(w))
            {
                break;
            }

            words.Add(w);
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "on", "for", "against", "to", "between", "by", "in", "with", "about", "over" };

    /// <summary>
    /// The camps a phrase names: parties, then "government" (in a title an office, not a former one; in a claim's subject the
    /// government or its ministers only, as an office there is what the claim is about: "The lord chancellor need not be a
    /// lawyer") or "opposition" ("shadow").
    /// </summary>
    internal static HashSet<string> CampsIn(string phrase, bool claimWords)
    {
        var camps = new HashSet<string>(StringComparer.Ordinal);
        // The claim's words come lower case: match them as the capitalised names they are.
        string text = claimWords ? CapitaliseNames(phrase) : phrase;
        foreach ((string camp, Regex pattern) in Parties)
        {
            if (pattern.IsMatch(text))
            {
                camps.Add(camp);
            }
        }

        if (OppositionPattern().IsMatch(text))
        {
            camps.Add(Opposition);
        }
        else if (claimWords ? ClaimGovernmentPattern().IsMatch(text) : GovernmentPattern().IsMatch(text) && !FormerPattern().IsMatch(text))
        {
            camps.Add(Government);
        }

        return camps;
    }

    /// <summary>One camp, a party before an office ("Tory shadow chancellor" is the Conservatives'); null for none or two.</summary>
    private static string? Single(HashSet<string> camps)
    {
        if (camps.Any(c => c is not Government and not Opposition))
        {
            camps.RemoveWhere(c => c is Government or Opposition);
        }

        return camps.Count == 1 ? camps.First() : null;
    }

    private static string Normal(string camp, string? governing) => camp == Government && governing is not null ? governing : camp;

    private static bool Rivals(string a, string b, string? governing)
    {
        if (a == b)
        {
            return false;
        }

        bool aParty = a is not Government and not Opposition, bParty = b is not Government and not Opposition;
        if (aParty && bParty)
        {
            return true;
        }

        if (!aParty && !bParty)
        {
            return true; // government and opposition
        }

        // A party against the government or the opposition: only when the text says which party governs.
        string party = aParty ? a : b, office = aParty ? b : a;
        return governing is not null && (office == Government ? party != governing : party == governing);
    }

    /// <summary>The camps named in the titles of <paramref name="speaker"/>'s mentions and quote sources, counted together.</summary>
    private HashSet<string> CampsOf(Speaker speaker)
    {
        string text = _document.Text;
        List<TextSpan> spans = SpeakerNameSpans.Of(_document, speaker);

        var camps = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextSpan span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.IsEmpty)
            {
                continue;
            }

            camps.UnionWith(CampsIn(TitleBefore(text, span.Start) + " " + text[span.Start..span.End] + " " + Apposition(text, span.End), claimWords: false));
        }

        return camps;
    }

    /// <summary>The words right before a name up to punctuation, a verb of saying, a conjunction or a preposition (at most 70 characters).</summary>
    internal static string TitleBefore(string text, int start)
    {
        string before = text[Math.Max(0, start - 70)..start];
        Match last = TitleStopPattern().Matches(before).LastOrDefault() ?? Match.Empty;
        return last.Success ? before[(last.Index + last.Length)..] : before;
    }

    /// <summary>An apposition right after a name: ", the Tory leader," or "(Lib Dem)".</summary>
    internal static string Apposition(string text, int end)
    {
        string after = text[end..Math.Min(text.Length, end + 80)];
        Match m = AppositionPattern().Match(after);
        return !m.Success ? string.Empty : m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }

    /// <summary>The party that governs by the text ("the Labour government", "Labour ministers"; not "a Tory government"), or null.</summary>
    internal static string? GoverningParty(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in GoverningPattern().Matches(text))
        {
            string? camp = Parties.Where(p => p.Pattern.IsMatch(m.Groups[1].Value)).Select(p => p.Camp).FirstOrDefault();
            if (camp is not null)
            {
                counts[camp] = counts.GetValueOrDefault(camp) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        int most = counts.Values.Max();
        string[] top = [.. counts.Where(c => c.Value == most).Select(c => c.Key)];
        return top.Length == 1 ? top[0] : null;
    }

    private static string CapitaliseNames(string phrase) => LowerNamePattern().Replace(phrase, m => m.Value switch
    {
        "lib" => "Lib",
        "dem" => "Dem",
        "dems" => "Dems",
        "snp" => "SNP",
        "ukip" => "UKIP",
        "uk" => "UK",
        _ => char.ToUpperInvariant(m.Value[0]) + m.Value[1..],
    });

    [GeneratedRegex(@"\b(?:labour|tory|tories|conservatives?|lib|dems?|liberal|democrats?|snp|scottish|national|party|plaid|cymru|ukip|uk|independence|green|greens)\b")]
    private static partial Regex LowerNamePattern();

    [GeneratedRegex(@"\bLabour\b")]
    private static partial Regex LabourPattern();

    [GeneratedRegex(@"\b(?:Tory|Tories|Conservatives?)\b")]
    private static partial Regex ConservativePattern();

    [GeneratedRegex(@"\b(?:Lib Dems?|Liberal Democrats?)\b")]
    private static partial Regex LibDemPattern();

    [GeneratedRegex(@"\b(?:SNP|Scottish National Party)\b")]
    private static partial Regex SnpPattern();

    [GeneratedRegex(@"\bPlaid Cymru\b")]
    private static partial Regex PlaidPattern();

    [GeneratedRegex(@"\b(?:UKIP|UK Independence Party)\b")]
    private static partial Regex UkipPattern();

    [GeneratedRegex(@"\b(?:Green Party|Greens)\b")]
    private static partial Regex GreenPattern();

    [GeneratedRegex(@"\b(?:[Ss]hadow|[Oo]pposition)\b")]
    private static partial Regex OppositionPattern();

    [GeneratedRegex(@"\b(?:[Pp]rime [Mm]inister|[Cc]hancellor|[Ss]ecretary|[Mm]inisters?|[Gg]overnment|Downing Street|Number 10|No 10|Treasury|Home Office|Foreign Office)\b")]
    private static partial Regex GovernmentPattern();

    [GeneratedRegex(@"\b(?:government|ministers)\b")]
    private static partial Regex ClaimGovernmentPattern();

    [GeneratedRegex(@"\b(?:[Ff]ormer|ex-)")]
    private static partial Regex FormerPattern();

    [GeneratedRegex(@"\b(?:said|says|told|added|and|but|while|whereas|by|from|with|to|for|as|that|when|after|before|who|which|in|on|at)\b|[.;:""“”()!?]")]
    private static partial Regex TitleStopPattern();

    [GeneratedRegex(@"^\s*(?:,\s*((?:the|a|an|of|former)\b[^,.;""“”]*)|\(([^)]*)\))")]
    private static partial Regex AppositionPattern();

    [GeneratedRegex(@"\b(?:[Gg]overnment|[Mm]inisters?|[Cc]hancellor|[Hh]ome [Ss]ecretary|Home Office|Treasury|Whitehall|Downing Street)\b")]
    private static partial Regex ProposingGovernmentPattern();

    [GeneratedRegex(@"\b(?:plans?|planned|planning|propos\w+|announc\w+|unveil\w+|bill|will|wants?|intends?|go(?:ing)? ahead|pledg\w+|measures?)\b")]
    private static partial Regex PlanningPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![Aa] )\b(Labour|Tory|Conservative|Liberal Democrat|Lib Dem|SNP|UKIP) (?:government|ministers?|administration|cabinet)\b")]
    private static partial Regex GoverningPattern();
}
