using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// A person quoted with and without a title ("Councilman Terrence Boyd" … "Boyd said") is one speaker, named as the
/// entity linker names them (no title), whether the recogniser took the title into the name, left it out, or split it off.
/// </summary>
public sealed class TitledSpeakerTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Fact]
    public void Titled_and_untitled_mentions_of_one_person_are_one_speaker_without_the_title()
    {
        NewsDocument doc = Pipeline.Process("""
            City council approves stadium deal

            Mayor Linda Cortez, who negotiated the deal with the team's owners, hailed the vote as "a historic day for Riverton." She said the stadium would bring thousands of jobs.

            Councilman Terrence Boyd, who voted against the package, said taxpayers were being asked to subsidise billionaires. "This deal is a giveaway, plain and simple," Boyd said.

            Professor Alan Whitby, a sports economist at State University, said the evidence for lasting growth was weak. "The jobs are mostly seasonal and low-paid," he said.

            General Secretary Paula Fenwick said unions would "use every tool at our disposal" to stop the change.
            """);

        string[] names = [.. doc.Speakers.Select(s => s.CanonicalName)];
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Linda Cortez", names);
        Assert.Contains("Terrence Boyd", names);
        Assert.Contains("Alan Whitby", names);
        Assert.Contains("Paula Fenwick", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Mayor", StringComparison.Ordinal) || n.StartsWith("Councilman", StringComparison.Ordinal)
            || n.StartsWith("Professor", StringComparison.Ordinal) || n.StartsWith("General", StringComparison.Ordinal));

        // Each person's quotes are under one speaker record, one per linked entity.
        Speaker boyd = doc.Speakers.Single(s => s.CanonicalName == "Terrence Boyd");
        Assert.Equal(2, boyd.QuoteIds.Count);
        Assert.Equal(2, doc.Speakers.Single(s => s.CanonicalName == "Alan Whitby").QuoteIds.Count);
        int[] entities = [.. doc.Speakers.Where(s => s.EntityId >= 0).Select(s => s.EntityId)];
        Assert.Equal(entities.Length, entities.Distinct().Count());
    }

    [Fact]
    public void An_organisation_whose_name_starts_with_a_title_word_keeps_its_name()
    {
        NewsDocument doc = Pipeline.Process("""General Motors said on Tuesday it would cut 2,000 jobs. "The market has changed," General Motors said in a statement.""");
        Assert.Contains(doc.Speakers, s => s.CanonicalName == "General Motors");
    }
}

/// <summary>After the cue, a role and the person's name in apposition closing the sentence: the person speaks.</summary>
public sealed class AppositiveAfterCueTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Theory]
    [InlineData("The Road Safety Forum welcomed the plan on Monday. \"The limit will save lives,\" said its director, Nadia Hussain.", "Nadia Hussain")]
    [InlineData("Analysts were split. \"It is too early to say,\" said a Barclays analyst, Tom Reed.", "Tom Reed")]
    [InlineData("A trade group disagreed. \"This is a tax on drivers,\" said the association's president, Karl Henning.", "Karl Henning")]
    public void The_name_in_apposition_after_the_role_is_the_speaker(string text, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Road safety\n\n" + text + "\n\nA second paragraph follows here.");
        Quote quote = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(speaker, quote.SpeakerName);
    }
}
