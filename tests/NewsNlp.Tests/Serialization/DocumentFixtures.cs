using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance;

namespace NewsNlp.Tests.Serialization;

/// <summary>Documents with every annotation layer filled by hand, for serialization and rendering tests.</summary>
internal static class DocumentFixtures
{
    public const string Text = "Talks stalled in Geneva on Monday.\n\n“We are not leaving,” said Anna Berg of the Red Cross. She said that aid must reach Aleppo.";

    /// <summary>Tokenized by the default pipeline, then annotated by hand with entities, a cluster, quotes, speakers and stances.</summary>
    public static NewsDocument Annotated(string text = Text, DocumentMetadata? metadata = null)
    {
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().KeepOnly(["tokenizer"]).Build();
        NewsDocument doc = pipeline.Process(text, metadata ?? new DocumentMetadata { Id = "fixture", Headline = "Talks", StanceTargets = ["Aid will reach Aleppo"] });
        AddEntity(doc, "Geneva", EntityType.Location);
        int anna = AddEntity(doc, "Anna Berg", EntityType.Person);
        AddEntity(doc, "Red Cross", EntityType.Organization);
        AddEntity(doc, "Aleppo", EntityType.Location, fromEnd: true);
        doc.EntityClusters.Add(new DocumentEntity { Id = 0, CanonicalName = "Anna Berg", Type = EntityType.Person, MentionIndexes = [anna] });
        doc.Entities.Set(anna, doc.Entities[anna] with { EntityId = 0 });

        TextSpan direct = Find(doc.Text, "“We are not leaving,”");
        TextSpan indirect = Find(doc.Text, "that aid must reach Aleppo");
        doc.Quotes.Add(new Quote
        {
            Id = 0, Kind = QuoteKind.Direct, Content = [direct], Cue = Find(doc.Text, "said"), Source = Find(doc.Text, "Anna Berg"),
            SpeakerId = 0, SpeakerName = "Anna Berg", Confidence = 0.9, Producer = "test", DecidedBy = "cue-after-quote",
        });
        doc.Quotes.Add(new Quote
        {
            Id = 1, Kind = QuoteKind.Indirect, Content = [indirect], Cue = Find(doc.Text, "said that") with { End = Find(doc.Text, "said that").Start + 4 },
            Source = Find(doc.Text, "She"), SpeakerId = 0, SpeakerName = "Anna Berg", Confidence = 0.7, Producer = "test", DecidedBy = "pronoun-previous-speaker",
        });
        doc.Speakers.Add(new Speaker { Id = 0, CanonicalName = "Anna Berg", Type = EntityType.Person, EntityId = 0, QuoteIds = [0, 1] });
        doc.GetOrAddLayer(StanceLayer.Key).Add(new StanceAnnotation { Target = "Aid will reach Aleppo", QuoteId = null, Label = StanceLabel.Discuss, Probabilities = [0.2, 0.1, 0.6, 0.1], Producer = "test" });
        doc.GetOrAddLayer(StanceLayer.Key).Add(new StanceAnnotation { Target = "Aid will reach Aleppo", QuoteId = 1, Label = StanceLabel.Agree, Probabilities = [0.7, 0.1, 0.15, 0.05], Producer = "test" });
        foreach (string name in (string[])[AnnotationNames.Entities, AnnotationNames.EntityClusters, AnnotationNames.Quotes, AnnotationNames.Stances])
        {
            doc.MarkProduced(name);
        }

        return doc;
    }

    public static TextSpan Find(string text, string part, bool fromEnd = false)
    {
        int start = fromEnd ? text.LastIndexOf(part, StringComparison.Ordinal) : text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' not in fixture text");
        return new TextSpan(start, start + part.Length);
    }

    private static int AddEntity(NewsDocument doc, string surface, EntityType type, bool fromEnd = false)
    {
        TextSpan span = Find(doc.Text, surface, fromEnd);
        int first = doc.Tokens.IndexAtOrAfter(span.Start);
        int end = doc.Tokens.IndexAtOrAfter(span.End - 1) + 1;
        doc.Entities.Add(new EntityMention { Span = span, FirstToken = first, EndToken = end, Type = type, Text = surface, Confidence = 0.8, Producer = "test" });
        return doc.Entities.Count - 1;
    }
}
