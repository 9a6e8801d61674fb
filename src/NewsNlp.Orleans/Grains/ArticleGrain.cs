using System.Text.Json;
using NewsNlp.Corpus.Model;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// Stores an article once: claims its text hash, writes the article, then publishes it (speaker grains, query view) and
/// only then marks it published. Every step is idempotent, so a retried add after a silo failure completes the publish
/// without storing anything twice.
/// </summary>
internal sealed class ArticleGrain(
    [PersistentState("article", NewsNlpOrleans.StorageName)] IPersistentState<ArticleState> state,
    IGrainFactory grains) : Grain, IArticleGrain
{
    private CorpusArticle? _stored; // the stored article, read from the state once

    public async Task<AddOutcome> AddAsync(Immutable<CorpusArticle> handed, Guid operationId)
    {
        CorpusArticle article = handed.Value;
        ArgumentNullException.ThrowIfNull(article, nameof(handed));
        if (!string.Equals(article.Id, this.GetPrimaryKeyString(), StringComparison.Ordinal))
        {
            throw new ArgumentException($"article '{article.Id}' sent to the grain of '{this.GetPrimaryKeyString()}'.", nameof(handed));
        }

        if (Stored() is { } stored)
        {
            if (!state.State.Published)
            {
                // An earlier attempt stored it and failed before publishing: finish that attempt (speakers may hold it).
                await PublishAsync(stored, republish: true);
            }

            return state.State.AddedBy == operationId ? AddOutcome.Added : AddOutcome.DuplicateId;
        }

        string owner = await grains.GetGrain<ITextHashGrain>(article.TextHash).ClaimAsync(article.Id);
        if (!string.Equals(owner, article.Id, StringComparison.Ordinal))
        {
            return AddOutcome.DuplicateText;
        }

        state.State.ArticleJson = JsonSerializer.Serialize(article, NewsNlpOrleans.Json);
        state.State.AddedBy = operationId;
        await state.WriteStateAsync();
        _stored = article;
        await PublishAsync(article, republish: false);
        return AddOutcome.Added;
    }

    public Task<bool> IsStoredAsync() => Task.FromResult(state.State.ArticleJson is not null && state.State.Published);

    public Task<Immutable<CorpusArticle?>> GetAsync() => Task.FromResult(Stored().AsImmutable());

    private CorpusArticle? Stored() =>
        _stored ??= state.State.ArticleJson is { } json ? JsonSerializer.Deserialize<CorpusArticle>(json, NewsNlpOrleans.Json) : null;

    private async Task PublishAsync(CorpusArticle article, bool republish)
    {
        Dictionary<int, string> keys = SpeakerKeys.Of(article);
        var calls = new List<Task>();
        foreach (IGrouping<string, KeyValuePair<int, string>> speaker in keys.GroupBy(k => k.Value, StringComparer.Ordinal))
        {
            var locals = speaker.Select(k => k.Key).ToHashSet();
            SpeakerQuote[] quotes = article.Quotes
                .Where(q => q.SpeakerLocalId is int s && locals.Contains(s))
                .Select(q => new SpeakerQuote(article.Id, q.LocalId, q.Text, article.Published))
                .ToArray();
            SpeakerStance[] stances = article.Stances
                .Where(s => s.SpeakerLocalId is int l && locals.Contains(l))
                .Select(s => new SpeakerStance(s.Target, s.Label))
                .ToArray();
            if (quotes.Length > 0 || stances.Length > 0)
            {
                calls.Add(grains.GetGrain<ISpeakerGrain>(speaker.Key).AddArticleAsync(article.Id, quotes, stances, republish));
            }
        }

        calls.Add(grains.GetGrain<ICorpusViewGrain>(0).AddAsync(article.AsImmutable()));
        await Task.WhenAll(calls);
        state.State.Published = true;
        await state.WriteStateAsync();
    }
}
