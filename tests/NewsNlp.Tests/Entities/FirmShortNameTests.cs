using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="FirmShortNames"/>: a lone word the model typed a person that opens an earlier firm name of the document
/// (<c>Harwell &amp; Dunmore</c> … <c>Harwell said</c>) is the firm. Labels are given by hand, sentence by sentence in
/// text order; the last test runs the embedded model.
/// </summary>
public sealed class FirmShortNameTests
{
    [Fact]
    public void Short_form_of_an_earlier_firm_is_the_firm()
    {
        var firms = new FirmShortNames();
        Assert.Equal(["ORG:Harwell & Dunmore"], Sentence(firms, "Harwell & Dunmore said profits rose .", ("Harwell & Dunmore", EntityType.Organization)));
        Assert.Equal(["ORG:Harwell"], Sentence(firms, "Harwell said in a statement that it was pleased .", ("Harwell", EntityType.Person)));
    }

    [Fact]
    public void Spelled_out_and_counts_as_the_ampersand()
    {
        var firms = new FirmShortNames();
        Sentence(firms, "Shares in Varro and Kent Co rose .", ("Varro and Kent Co", EntityType.Organization));
        Assert.Equal(["ORG:Varro"], Sentence(firms, "Varro said it would cut jobs .", ("Varro", EntityType.Person)));
    }

    [Fact]
    public void A_person_named_earlier_with_that_word_stays_a_person()
    {
        var firms = new FirmShortNames();
        Sentence(firms, "Tom Harwell founded Harwell & Dunmore in 1990 .", ("Tom Harwell", EntityType.Person), ("Harwell & Dunmore", EntityType.Organization));
        Assert.Equal(["PER:Harwell"], Sentence(firms, "Harwell said he was pleased .", ("Harwell", EntityType.Person)));
    }

    [Fact]
    public void A_title_keeps_the_person_and_no_earlier_firm_changes_nothing()
    {
        var firms = new FirmShortNames();
        Assert.Equal(["PER:Harwell"], Sentence(firms, "Harwell said he was pleased .", ("Harwell", EntityType.Person)));
        Sentence(firms, "Harwell & Dunmore said profits rose .", ("Harwell & Dunmore", EntityType.Organization));
        Assert.Equal(["PER:Mr Harwell"], Sentence(firms, "Mr Harwell said he was pleased .", ("Mr Harwell", EntityType.Person)));
        Assert.Equal(["PER:Harwell"], Sentence(firms, "Dr Harwell said he was pleased .", ("Harwell", EntityType.Person)));
    }

    [Fact]
    public void Embedded_model_types_the_short_form_as_the_firm()
    {
        const string Text = "Harwell & Dunmore said profits rose. \"We are pleased,\" Harwell said in a statement.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };
        int second = Text.LastIndexOf("Harwell", StringComparison.Ordinal);
        Assert.Contains(model.Recognize(doc), m => m.Span.Start == second && m.Text == "Harwell" && m.Type == EntityType.Organization);
        Assert.Contains(raw.Recognize(doc), m => m.Span.Start == second && m.Type == EntityType.Person);
    }

    private static List<string> Sentence(FirmShortNames firms, string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        firms.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
