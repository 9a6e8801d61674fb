using System.Security.Cryptography;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Corpus.Model;

/// <summary>Makes the stored form (<see cref="CorpusArticle"/>) of an analysed <see cref="NewsDocument"/>.</summary>
public static class CorpusArticleBuilder
{
    /// <summary>The separator between the parts of a quote split around its cue.</summary>
    public const string PartSeparator = " … ";

    /// <summary>The stored form of <paramref name="document"/> (its metadata's id, or <c>sha256:HASH</c> when it has none).</summary>
    public static CorpusArticle From(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentMetadata meta = document.Metadata;
        string hash = TextHash(document.Text);
        return new CorpusArticle
        {
            Id = string.IsNullOrWhiteSpace(meta.Id) ? "sha256:" + hash : meta.Id,
            TextHash = hash,
            TextLength = document.Text.Length,
            Url = meta.Url,
            Headline = meta.Headline,
            Source = meta.Source,
            Byline = meta.Byline,
            Published = meta.Published,
            Entities = Entities(document),
            Speakers = [.. document.Speakers.Select(s => new CorpusSpeaker(s.Id, OneLine(s.CanonicalName), s.Type, s.EntityId))],
            Quotes = [.. document.Quotes.Select(q => Quote(document, q))],
            Stances = [.. document.Stances.Select(Stance)],
        };
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string TextHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static CorpusEntity[] Entities(NewsDocument document)
    {
        var result = new CorpusEntity[document.EntityClusters.Count];
        for (int i = 0; i < result.Length; i++)
        {
            DocumentEntity cluster = document.EntityClusters[i];
            var aliases = new List<string>();
            var mentions = new TextSpan[cluster.MentionIndexes.Count];
            for (int m = 0; m < mentions.Length; m++)
            {
                EntityMention mention = document.Entities[cluster.MentionIndexes[m]];
                mentions[m] = mention.Span;
                string alias = OneLine(mention.Text);
                if (!aliases.Contains(alias, StringComparer.Ordinal))
                {
                    aliases.Add(alias);
                }
            }

            result[i] = new CorpusEntity(cluster.Id, OneLine(cluster.CanonicalName), cluster.Type, aliases, mentions);
        }

        return result;
    }

    /// <summary>A name as one line: runs of white space (a name broken over two lines of a wire story) become one space.</summary>
    internal static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 && !text.Contains("  ", StringComparison.Ordinal)
            ? text
            : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static CorpusQuote Quote(NewsDocument document, Quote quote) => new()
    {
        LocalId = quote.Id,
        Kind = quote.Kind,
        Act = quote.Act,
        Text = string.Join(PartSeparator, quote.Content.Select(document.GetText)),
        Start = quote.Content.Count > 0 ? quote.Content[0].Start : 0,
        End = quote.Content.Count > 0 ? quote.Content[^1].End : 0,
        Cue = quote.Cue is { } cue ? document.GetText(cue) : null,
        SourceText = quote.Source is { } source ? document.GetText(source) : null,
        SpeakerLocalId = quote.SpeakerId,
        Confidence = quote.Confidence,
        AboutEntityLocalIds = quote.AboutEntityIds,
    };

    private static CorpusStance Stance(StanceAnnotation s)
    {
        double At(StanceLabel label) => (int)label < s.Probabilities.Count ? s.Probabilities[(int)label] : 0;
        return new CorpusStance(s.Target, s.QuoteId, s.SpeakerId, s.Label, At(StanceLabel.Agree), At(StanceLabel.Disagree), At(StanceLabel.Discuss), At(StanceLabel.Unrelated));
    }
}
