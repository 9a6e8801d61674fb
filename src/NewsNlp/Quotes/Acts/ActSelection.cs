using NewsNlp.Documents;

namespace NewsNlp.Quotes.Acts;

/// <summary>Types every kept attribution by its act and removes those whose act the caller did not ask for.</summary>
internal static class ActSelection
{
    /// <summary>
    /// Sets <see cref="QuoteDraft.Act"/> on each draft of <paramref name="kept"/> (in text order, so a continuation
    /// reads the act of the quotation it continues) and removes the drafts whose act is not in <paramref name="wanted"/>,
    /// and, unless every act is wanted, the attributions inside the headline.
    /// </summary>
    public static void Apply(DocumentView v, List<QuoteDraft> kept, AttributionActs wanted)
    {
        foreach (QuoteDraft d in kept)
        {
            d.Act = ActClassifier.Classify(v, d);
        }

        // A headline attribution summarises one in the body: only callers asking for every act get it.
        if ((wanted & AttributionActs.All) != AttributionActs.All)
        {
            kept.RemoveAll(d => d.InHeadline || !Includes(wanted, d.Act));
        }
    }

    /// <summary>True when <paramref name="acts"/> holds <paramref name="act"/>.</summary>
    public static bool Includes(AttributionActs acts, AttributionAct act) => ((int)acts & (1 << (int)act)) != 0;
}
