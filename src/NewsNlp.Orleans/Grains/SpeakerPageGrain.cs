using Orleans;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>A full page of a speaker's articles, so the speaker grain's own state stays small.</summary>
internal sealed class SpeakerPageGrain(
    [PersistentState("speakerpage", NewsNlpOrleans.StorageName)] IPersistentState<SpeakerPageState> state)
    : PageGrain<SpeakerPageState, SpeakerArticle>(state), ISpeakerPageGrain
{
    protected override bool Same(SpeakerArticle stored, SpeakerArticle given) => stored.SameAs(given);
}

/// <summary>Silo-side settings of the speaker grains.</summary>
internal sealed class SpeakerPageOptions
{
    /// <summary>
    /// Articles per speaker page grain (the speaker grain's own state holds fewer than this many). 32 articles of a
    /// frequently quoted speaker are about 20 KB, the size of a query-view page.
    /// </summary>
    public int ArticlesPerPage { get; set; } = 32;
}
