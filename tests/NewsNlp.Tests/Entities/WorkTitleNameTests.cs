using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="WorkTitleNames"/>: a name typed a person after a work's noun (<c>the film Vera Drake</c>) is the work's
/// title, and so are its later person mentions in the document. Labels are given by hand, sentence by sentence in text
/// order; the last test runs the embedded model and the speaker of <c>she said</c>.
/// </summary>
public sealed class WorkTitleNameTests
{
    [Fact]
    public void A_person_name_after_a_work_noun_is_a_title_and_stays_one_later()
    {
        var works = new WorkTitleNames();
        Assert.Equal(["MISC:Mary Lane"], Sentence(works, "The film Mary Lane won two awards .", ("Mary Lane", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos", "MISC:Mary Lane"], Sentence(works, "Ann Vos starred in Mary Lane .", ("Ann Vos", EntityType.Person), ("Mary Lane", EntityType.Person)));
    }

    [Fact]
    public void Without_a_work_noun_a_person_stays_a_person()
    {
        var works = new WorkTitleNames();
        Assert.Equal(["PER:Mary Lane"], Sentence(works, "The director Mary Lane won two awards .", ("Mary Lane", EntityType.Person)));
        Assert.Equal(["PER:Mary Lane"], Sentence(works, "Mary Lane said she was thrilled .", ("Mary Lane", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos"], Sentence(works, "He will play Ann Vos in the final .", ("Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void Embedded_model_title_does_not_take_she_said()
    {
        const string Text = "The film Mary Lane won three awards on Sunday. \"I am thrilled,\" she said.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };
        Assert.Contains(raw.Recognize(doc), m => m.Text == "Mary Lane" && m.Type == EntityType.Person);
        Assert.Contains(doc.Entities, m => m.Text == "Mary Lane" && m.Type == EntityType.Miscellaneous);
        Assert.DoesNotContain(doc.Quotes, q => q.SpeakerName == "Mary Lane");
    }

    private static List<string> Sentence(WorkTitleNames works, string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        works.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
