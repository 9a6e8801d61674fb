using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 26 (speakers26), from a fresh scan of BBC, Reuters and AG News texts: a name run on into its role phrase with
/// no comma speaks, not the firm the role names; "the paper" is the name the text introduced as a paper; a described
/// speaker in the lead is the person the next sentence introduces.
/// </summary>
public class FreshScan26SpeakerTests
{
    [Fact]
    public void NameBeforeAnUnpunctuatedRolePhraseSpeaks()
    {
        const string text = "Screens get sharper\n\nNew consoles will need better televisions. \"In the next generation support is mandatory,\" "
            + "Dr Alan Reeve games systems director at audio firm Sonex told the BBC News website. \"Every game is going to be playable in HD.\"\n";
        Assert.Equal("Alan Reeve", SpeakerOf(text, "support is mandatory"));
    }

    [Fact]
    public void ThePaperIsTheNameIntroducedAsAPaper()
    {
        const string text = "Carmaker studies luxury line\n\nDETROIT, June 1 - The carmaker said it was studying a new division.\n"
            + "    The trade paper Motor Weekly reported in this week's edition that the firm will announce such a division.\n"
            + "    The paper said the carmaker has already identified 100 dealers.\n";
        Assert.Equal("Motor Weekly", SpeakerOf(text, "already identified 100 dealers"));
    }

    [Fact]
    public void DescribedSpeakerInTheLeadIsThePersonNamedNext()
    {
        const string text = "Boss 'knew' of fraud\n\nFormer Telco boss Harold Grimes was directly involved in the fraud at the firm, his closest associate has told a US court.\n\n"
            + "Giving evidence in the trial of Mr Grimes, ex-finance chief Peter Vance implicated his colleague in the scandal.\n";
        Assert.Equal("Peter Vance", SpeakerOf(text, "directly involved in the fraud"));
    }

    [Fact]
    public void DescribedSpeakerInTheLeadIsNotAPersonNamedOnlyAsAnObject()
    {
        const string text = "Trial opens\n\nThe accountant hid the losses for years, a witness has told a court.\n\n"
            + "The jury was also shown letters sent to Peter Vance in 2001.\n";
        Assert.Equal("a witness", SpeakerOf(text, "hid the losses for years"));
    }
}
