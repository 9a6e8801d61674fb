using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 27 (speakers27), from a fresh scan of BBC, Reuters and AG News texts and the brief's leftovers: a described
/// speaker in the lead with a nationality is the person named next; a spokesperson tied to no one speaks for the
/// organisation that spoke just before; a role possessed by a pronoun is that role of whom the pronoun means.
/// </summary>
public class FreshScan27SpeakerTests
{
    [Fact]
    public void DescribedSpeakerWithANationalityInTheLeadIsThePersonNamedNext()
    {
        const string text = "Bond market plan\n\nGENEVA, May 3 - Norway expects to open an electronic bond market within a year, a senior Norwegian official said.\n"
            + "    Henrik Olsen, state secretary for trade at the Ministry of Finance, said the rules would be published next month.\n"
            + "    The Norwegian official also said fees would be low.\n";
        Assert.Equal("Henrik Olsen", SpeakerOf(text, "open an electronic bond market"));
        Assert.Equal("Henrik Olsen", SpeakerOf(text, "fees would be low"));
    }

    [Fact]
    public void UnattachedSpokesmanSpeaksForTheOrganisationThatSpokeBefore()
    {
        const string text = "Farm row\n\nOfficials said the ranch would be seized. The Hollis Group said it had owned the farm since 1950 and would "
            + "co-operate fully with the authorities. But a spokesman added: \"We are confident of our title to the land.\" "
            + "The company said the farm employs 300 workers.\n";
        Assert.Equal("spokesman for Hollis Group", SpeakerOf(text, "confident of our title"));
        Assert.Equal("Hollis Group", SpeakerOf(text, "the farm employs 300 workers"));
    }

    [Fact]
    public void UnattachedSpokesmanAfterAPersonStaysAsWritten()
    {
        const string text = "Farm row\n\nFarmer Tom Hollis said he had owned the farm since 1950. But a spokesman added: \"We are confident of our title to the land.\"\n";
        Assert.Equal("a spokesman", SpeakerOf(text, "confident of our title"));
    }

    [Fact]
    public void RolePossessedByItsIsTheOrganisationsRole()
    {
        const string text = "Results\n\nAcme Corp posted a loss for the year on Tuesday. Its chief financial officer said the firm would cut costs.\n";
        Assert.Equal("Acme Corp's chief financial officer", SpeakerOf(text, "the firm would cut costs"));
    }

    [Fact]
    public void RolePossessedByHisIsThePersonsRole()
    {
        const string text = "Trial\n\nJohn Smith was charged with fraud on Monday. His lawyers said he would plead not guilty.\n";
        Assert.Equal("John Smith's lawyers", SpeakerOf(text, "plead not guilty"));
    }

    [Fact]
    public void DescribedFirmIsTheFirmNamedBefore()
    {
        const string text = "Mortgages\n\nThe central bank kept rates on hold on Thursday. Separately, the Halifax said house prices rose 1% in May. "
            + "The UK's biggest mortgage lender said the market was cooling.\n";
        Assert.Equal("Halifax", SpeakerOf(text, "the market was cooling"));
    }

    [Fact]
    public void InitialsOfAPlaceAreNoPersonNamedAfterTheLead()
    {
        const string text = "JOURNAL REPORTS NEW DRUG PROMISE\n\nWASHINGTON, April 8 - Promising new findings on a heart drug will be published "
            + "next week, according to a Wall Street analyst who has obtained an early copy of the journal.\n"
            + "    Among the drug's principal U. S. makers are Corvo Corp, based in Dallas, and Lanten Inc.\n";
        Assert.Equal("a Wall Street analyst", SpeakerOf(text, "Promising new findings"));
    }

    [Fact]
    public void DatelinePlaceIsNotWhatItMeans()
    {
        const string text = "Acme Profit Falls on Higher Costs\n\n NEW YORK (Reuters) - Acme Corp. on Wednesday said profit fell in the third quarter, "
            + "as it warned that marketing spending and raw materials cost more.\n";
        Assert.Equal("Acme Corp.", SpeakerOf(text, "marketing spending and raw materials"));
    }
}
