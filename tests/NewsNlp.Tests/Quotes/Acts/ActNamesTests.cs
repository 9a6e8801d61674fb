using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Quotes.Acts;

/// <summary>Act names on the wire and the <c>--acts</c> list.</summary>
public sealed class ActNamesTests
{
    [Theory]
    [InlineData("all", AttributionActs.All)]
    [InlineData("default", AttributionActs.Speech | AttributionActs.Writing)]
    [InlineData("speech,writing", AttributionActs.Speech | AttributionActs.Writing)]
    [InlineData(" Thought , intention ", AttributionActs.Thought | AttributionActs.Intention)]
    [InlineData("perception,other,speech", AttributionActs.Perception | AttributionActs.Other | AttributionActs.Speech)]
    public void KnownListsParse(string text, AttributionActs expected)
    {
        Assert.True(WireNames.TryParseActs(text, out AttributionActs acts, out string? unknown));
        Assert.Equal(expected, acts);
        Assert.Null(unknown);
    }

    [Theory]
    [InlineData("speech,gossip", "gossip")]
    [InlineData("", "")]
    [InlineData(" , ", " , ")]
    public void UnknownOrEmptyListsFail(string text, string unknown)
    {
        Assert.False(WireNames.TryParseActs(text, out AttributionActs acts, out string? bad));
        Assert.Equal(AttributionActs.None, acts);
        Assert.Equal(unknown, bad);
    }

    [Fact]
    public void EveryActHasADistinctNameThatParsesBackToItsFlag()
    {
        AttributionAct[] acts = Enum.GetValues<AttributionAct>();
        Assert.Equal(acts.Length, acts.Select(WireNames.Of).Distinct().Count());
        foreach (AttributionAct act in acts)
        {
            Assert.True(WireNames.TryParseActs(WireNames.Of(act), out AttributionActs set, out _));
            Assert.Equal((AttributionActs)(1 << (int)act), set);
        }

        Assert.Equal(AttributionActs.All, acts.Aggregate(AttributionActs.None, (s, a) => s | (AttributionActs)(1 << (int)a)));
    }
}
