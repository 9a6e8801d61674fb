using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Speaker patterns of session 22 (a fresh scan of 40 unlabelled texts), each a rule of English news writing checked on
/// short texts written for the test: a person noun of a prize ("the Oscar winner") and a two-word nationality ("the New
/// Zealander") refer back to the person named before; a capitalised office after "the" ("The Culture Secretary") is its
/// holder, not a name; an organisation that is the subject of an opening subordinate clause is the main clause's "it";
/// a possessive determiner before a noun of judging ("its estimate") is its antecedent's.
/// </summary>
public class FreshScan22SpeakerTests
{
    [Fact]
    public void PrizeWinnerIsThePersonNamedBefore()
    {
        const string text = "Sequel delayed\n\nFilm director Peter Harwood has said that it will be years before he starts work on the sequel.\n\n"
            + "The Oscar winner said on a visit to Sydney there was a \"desire\" to make it, but not before lengthy negotiations.\n\n"
            + "The picture, which stars Oscar winner Adam Brodie, is due to be released in December.\n";
        Assert.Equal("Peter Harwood", SpeakerOf(text, "desire"));
    }

    [Fact]
    public void TwoWordNationalityIsThePersonNamedBefore()
    {
        const string text = "Sequel delayed\n\nFilm director Peter Harwood has said that it will be years before he starts work on the sequel.\n\n"
            + "\"I think it is going to be a lot of lawyers sitting in a room trying to thrash out a deal,\" said the New Zealander.\n";
        Assert.Equal("Peter Harwood", SpeakerOf(text, "a lot of lawyers"));
    }

    [Fact]
    public void CapitalisedOfficeAfterTheIsItsHolder()
    {
        const string text = "Casino climbdown\n\nTessa Morrell has announced plans to limit the number of new casinos to 24.\n\n"
            + "Instead there will be a cap of eight new casinos in each size category. "
            + "The Culture Secretary said the move showed she listened to critics who feared an explosion in gambling.\n";
        Assert.Equal("Tessa Morrell", SpeakerOf(text, "the move showed"));
    }

    [Fact]
    public void OrganisationOpeningASubordinateClauseIsTheMainClausesIt()
    {
        const string text = "Fuel prices\n\nPrices of kerosene have been heavily subsidised for years.\n\n"
            + "Critics argue cutting subsidies will hurt the poorer families. "
            + "Since the Harland government came to power in October, it has indicated its intention of raising domestic fuel prices.\n";
        Assert.Equal("Harland government", SpeakerOf(text, "its intention of raising"));
    }

    [Fact]
    public void PossessiveDeterminerBeforeAnEstimateIsItsAntecedent()
    {
        const string text = "Banks hit\n\nThe Harbour Banks Association said the floods washed away property which was securing loans. "
            + "According to its estimate, as much as 13.6% of the loans made by private banks has been written off.\n";
        Assert.Equal("Harbour Banks Association", SpeakerOf(text, "as much as 13.6%"));
    }

    [Fact]
    public void OrganisationNameIsNotLengthenedByAPersonsFullName()
    {
        // "Ford, the US car company, reported …" and a later "Bill Ford": the firm speaks, not the man of the same name.
        const string text = "Ford gains from finance\n\nFord, the US car company, reported higher fourth quarter and full-year profits on Thursday "
            + "boosted by a buoyant period for its car loans unit.\n\n\"In 2004, our company gained momentum,\" said chairman and chief executive officer Bill Ford.\n\n"
            + "But Ford declined to provide guidance for the first quarter. In addition, the company said net income was affected by a fourth-quarter charge.\n";
        Assert.Equal("Ford", SpeakerOf(text, "higher fourth quarter"));
        Assert.Equal("Ford", SpeakerOf(text, "net income was affected"));
    }

    [Fact]
    public void ParticipleAfterATitleWithAndTakesTheClauseVerbsSource()
    {
        // "Work and pensions minister Alan Johnson said …, adding …": the subject run stops at "and"; the participle is Johnson's.
        const string text = "Campaign move denied\n\nThe government has denied reports that Gordon Brown is preparing to oust Alan Millward as Labour's election supremo.\n\n"
            + "Work and pensions minister Alan Johnson said it was wrong to suggest the chancellor would usurp Mr Millward, adding they would \"work as a team\". "
            + "A report in the Weekly Courier claimed Mr Brown has been asked to take charge of media strategy, while Mr Millward would move to a behind-the-scenes role.\n";
        Assert.Equal("Alan Johnson", SpeakerOf(text, "work as a team"));
    }
}
