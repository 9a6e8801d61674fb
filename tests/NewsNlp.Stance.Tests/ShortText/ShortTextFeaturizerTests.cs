using NewsNlp.Stance.Features;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Tests.ShortText;

/// <summary>The headline-shape features of <see cref="ShortTextFeaturizer"/>, on invented headlines.</summary>
public sealed class ShortTextFeaturizerTests
{
    private const string Claim = "The city zoo lost a tiger";

    private static readonly ShortTextFeaturizer Featurizer = new(StanceLexicon.Empty, IdfTable.Learn([TextPreparer.Prepare(Claim)], 1, CancellationToken.None));

    private static HashSet<string> Names(string text) =>
        [.. Featurizer.Featurize(TextPreparer.Prepare(Claim), TextPreparer.Prepare(text)).Select(f => f.Name)];

    [Fact]
    public void A_source_before_a_colon_is_a_prefix_with_its_words()
    {
        HashSet<string> f = Names("Report: city zoo lost a tiger overnight");

        Assert.Contains("colon_prefix", f);
        Assert.Contains("pre=report", f);
        Assert.DoesNotContain("colon_suffix", f);
    }

    [Fact]
    public void A_source_after_a_colon_is_a_suffix_with_its_words()
    {
        HashSet<string> f = Names("City zoo lost a tiger: local paper");

        Assert.Contains("colon_suffix", f);
        Assert.Contains("suf=paper", f);
        Assert.DoesNotContain("colon_prefix", f);
    }

    [Fact]
    public void A_colon_after_the_claims_words_or_a_long_opening_is_no_source()
    {
        Assert.DoesNotContain("colon_prefix", Names("Tiger lost: what the city zoo says"));
        Assert.DoesNotContain("colon_prefix", Names("What happened at the weekend in the city: zoo lost a tiger"));
        Assert.DoesNotContain("colon_suffix", Names("Keepers say: city zoo lost a tiger"));
    }

    [Fact]
    public void Words_in_capitals_are_emphasis_unless_the_whole_text_is_in_capitals()
    {
        HashSet<string> emphasis = Names("City zoo did NOT lose a tiger, keepers say");
        HashSet<string> shouting = Names("CITY ZOO LOST A TIGER, KEEPERS SAY");

        Assert.Contains("caps=not", emphasis);
        Assert.DoesNotContain(shouting, n => n.StartsWith("caps=", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_no_and_the_texts_edges_are_features()
    {
        HashSet<string> f = Names("No, the city zoo did not lose a tiger, keepers say");

        Assert.Contains("no_first", f);
        Assert.Contains("b=^_no", f);
        Assert.Contains("b=say_$", f);
        Assert.Contains("b=^_@", Names("City zoo lost a tiger"));
    }

    [Fact]
    public void The_first_hedging_word_has_its_position_and_side_of_the_claims_words()
    {
        HashSet<string> before = Names("Reportedly the city zoo lost a tiger");
        Assert.Contains("pos_hedge=0", before);
        Assert.Contains("hedge_before@", before);
        Assert.DoesNotContain("hedge_after@", before);

        HashSet<string> after = Names("City zoo lost a tiger in the night and keepers now say it escaped");
        Assert.Contains("pos_hedge=3", after);
        Assert.Contains("hedge_after@", after);
        Assert.DoesNotContain("pos_hedge=0", after);
    }

    [Fact]
    public void A_text_without_cue_words_has_no_position_features() =>
        Assert.DoesNotContain(Names("City zoo lost a tiger"), n => n.StartsWith("pos_", StringComparison.Ordinal) || n.EndsWith("_before@", StringComparison.Ordinal) || n.EndsWith("_after@", StringComparison.Ordinal));

    [Fact]
    public void The_preparer_records_colons_and_capitals()
    {
        PreparedText t = TextPreparer.Prepare("EXCLUSIVE: Zoo is OK, says the TV host's aide");

        Assert.Equal([1], t.Colons);
        Assert.Equal([0], t.Shouted);
    }
}
