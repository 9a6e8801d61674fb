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
}
