using NewsNlp.Documents;
using NewsNlp.Entities.Joins;
using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// The built-in named-entity recognizer: a structured averaged perceptron over BILOU labels with rich local features,
/// gazetteers, word clusters and document-level consistency features, decoded with Viterbi in two passes.
/// </summary>
/// <remarks>
/// <see cref="Default"/> loads the model embedded in the package once, on first use, and shares it between threads.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class PerceptronEntityRecognizer : IEntityRecognizer
{
    /// <summary>Name of the embedded default model resource.</summary>
    public const string EmbeddedModelName = "NewsNlp.Entities.ner-conll2003.model";

    /// <summary>The <see cref="EntityMention.Producer"/> written on mentions.</summary>
    public const string ProducerName = "ner";

    /// <summary>
    /// The temperature that calibrates the embedded model's mention confidences: the value that minimises the negative
    /// log-likelihood of "this predicted mention is right" on CoNLL-2003 dev (<c>newsnlp calibrate-ner</c>; reliability
    /// table and expected calibration error in docs/models/ner.md).
    /// </summary>
    public const double EmbeddedModelTemperature = 15.5;

    private const int MaxKeptLatticeTokens = 4096;

    // One lattice workspace per thread (a few KB that grow with the longest sentence seen), reused across documents.
    [ThreadStatic]
    private static SpanMarginals? t_marginals;

    private static readonly Lazy<PerceptronEntityRecognizer> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal PerceptronEntityRecognizer(NerModel model)
    {
        Model = model;
    }

    /// <summary>The recognizer with the embedded CoNLL-2003 model (loaded on first access).</summary>
    /// <exception cref="Learning.ModelFormatException">The embedded model is missing or corrupt.</exception>
    public static PerceptronEntityRecognizer Default => DefaultModel.Value;

    internal NerModel Model { get; }

    /// <summary>
    /// Divides the model's scores before the forward–backward pass that gives <see cref="EntityMention.Confidence"/>
    /// (default <see cref="EmbeddedModelTemperature"/>, calibrated for the embedded model). A model of your own needs
    /// its own value: <c>newsnlp calibrate-ner --dev DEV --model MODEL</c> fits it on labelled data.
    /// </summary>
    public double ConfidenceTemperature
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The temperature must be a positive number.");
    } = EmbeddedModelTemperature;

    /// <summary>
    /// Whether names the model split or cut are joined into one organisation where English makes it certain (default
    /// true): a listed organisation with a connector inside (<c>Procter and Gamble</c>), initials joined by <c>and</c>
    /// (<c>S and P</c>), an organisation head noun with a connector and capitalised words (<c>Committee to Protect
    /// Journalists</c>), a pair of words the sentence treats as one firm (<c>Marks and Spencer's chief executive</c>), an
    /// institution named after a saint or person (<c>St Kevin's High School</c>); a lone word typed a person that opens an
    /// earlier firm name of the document is the firm (<c>Harwell &amp; Dunmore</c> … <c>Harwell said</c>); a name opening
    /// with a courtesy title is a person (<c>Ms Abbott</c>); a party or place word and a title leave a person's name
    /// (<c>Tory MP Michael Mates</c>); title words before a person leave another name (<c>New York Attorney General Eliot
    /// Spitzer</c>); a person's name ending in a newspaper's, firm's or body's word is the organisation (<c>the Sunday
    /// Telegraph</c>, <c>Juniper Research</c>), and so is a news agency's name alone (<c>Reuter</c>); a mention of title
    /// words alone that is no person goes (<c>Chief Justice</c> as a place); a legal form after an organisation is part of
    /// it (<c>Den Danske Bank af 1871 A/S</c>); an untyped surname of a person named earlier before a reporting verb is the
    /// person (<c>Brian May</c> … <c>May said</c>); a one-word person name before <c>'s</c> and a reporting verb is a firm
    /// (<c>Foster's said</c>); and a name typed a person after a
    /// work's noun (<c>the film Vera Drake</c>) is the work's title, there and later in the document. Applies to <see cref="Recognize"/> and <see cref="Tag"/>; false
    /// gives the model's own labels.
    /// </summary>
    public bool JoinsOrganisationNames { get; init; } = true;

    /// <summary>The same model with another <see cref="ConfidenceTemperature"/> (the weights are shared, not copied).</summary>
    public PerceptronEntityRecognizer WithConfidenceTemperature(double temperature) =>
        new(Model) { ConfidenceTemperature = temperature, JoinsOrganisationNames = JoinsOrganisationNames };

    /// <summary>Loads a model written by <see cref="Save(string)"/> or <c>newsnlp train-ner</c>.</summary>
    /// <exception cref="Learning.ModelFormatException">The file is not a valid NER model of a supported version; the message names it.</exception>
    public static PerceptronEntityRecognizer Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream file = File.OpenRead(path);
        return Load(file, path);
    }

    /// <summary>Loads a model from <paramref name="stream"/>; <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="Learning.ModelFormatException">The stream is not a valid NER model of a supported version.</exception>
    public static PerceptronEntityRecognizer Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new PerceptronEntityRecognizer(NerModel.Load(stream, name));
    }

    /// <summary>Writes the model (deterministic bytes).</summary>
    public void Save(string path) => Learning.ModelFile.WriteToFile(path, Save);

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Model.Save(stream);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(NewsDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        int n = document.Tokens.Count;
        if (n == 0 || document.Sentences.Count == 0)
        {
            return [];
        }

        HyphenatedNameUnits? units = HyphenatedNameUnits.Join(document.Text, document.Tokens.Rows, document.Sentences);
        int[] labelArray = WorkArrays.Rent<int>(n);
        try
        {
            var mentions = new MentionSink(document, units, Model.TransitionTable, ConfidenceTemperature, cancellationToken);
            Decode(document, units, labelArray, mentions, cancellationToken);
            return mentions.Mentions;
        }
        finally
        {
            if (t_marginals?.Capacity > MaxKeptLatticeTokens)
            {
                t_marginals = null; // a huge sentence's workspace is not kept alive for the thread's lifetime
            }

            WorkArrays.Return(labelArray);
        }
    }

    /// <summary>Labels every token of <paramref name="document"/> (BILOU label ids, see <see cref="BilouLabels"/>).</summary>
    public int[] Tag(NewsDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        int n = document.Tokens.Count;
        int[] labels = new int[n];
        HyphenatedNameUnits? units = HyphenatedNameUnits.Join(document.Text, document.Tokens.Rows, document.Sentences);
        int[] decoded = units is null ? labels : new int[units.Rows.Length];
        Decode(document, units, decoded, NoScores.Instance, cancellationToken);
        units?.ExpandLabels(decoded, labels);
        return labels;
    }

    /// <summary>Decodes the document's tokens, or its hyphenated-name <paramref name="units"/> when there are any, into the start of <paramref name="labels"/>.</summary>
    private void Decode(NewsDocument document, HyphenatedNameUnits? units, int[] labels, ISentenceScoresSink sink, CancellationToken cancellationToken)
    {
        if (JoinsOrganisationNames)
        {
            sink = new JoiningSink(document, units, labels, Model.Lexicon, sink);
        }

        if (units is null)
        {
            NerDecoder.TagDocument(Model, document.Text, document.Tokens.Rows, document.Sentences, labels.AsSpan(0, document.Tokens.Count), sink, cancellationToken);
        }
        else
        {
            NerDecoder.TagDocument(Model, document.Text, units.Rows, units.Sentences, labels.AsSpan(0, units.Rows.Length), sink, cancellationToken);
        }
    }

    private static PerceptronEntityRecognizer LoadDefault()
    {
        var assembly = Models.EmbeddedModels.Require(Models.EmbeddedModels.NerPackage, "ner-conll2003", "register an IEntityRecognizer of your own (e.g. PerceptronEntityRecognizer.Load of a model trained with 'newsnlp train-ner')");
        return new PerceptronEntityRecognizer(Learning.ModelFile.ReadEmbedded(
            assembly, EmbeddedModelName, NerModel.Kind, [NerModel.FormatVersion], static (reader, _) => NerModel.ReadPayloadFrom(reader)));
    }

    /// <summary>
    /// Turns each tagged sentence into mentions with their confidences (forward–backward on its final scores); with
    /// <paramref name="units"/>, the sentences and labels are in unit indices and each mention covers its units' tokens.
    /// </summary>
    private sealed class MentionSink(NewsDocument document, HyphenatedNameUnits? units, float[] transitions, double temperature, CancellationToken cancellationToken) : ISentenceScoresSink
    {
        private readonly SpanMarginals _marginals = t_marginals ??= new SpanMarginals();

        public List<EntityMention> Mentions { get; } = [];

        public void Final(TokenRange sentence, ReadOnlySpan<int> labels, ReadOnlySpan<float> scores)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<(int Start, int End, EntityType Type)> spans = BilouLabels.ToSpans(labels);
            if (spans.Count == 0)
            {
                return;
            }

            _marginals.Compute(scores, sentence.TokenCount, transitions, temperature, cancellationToken);
            foreach ((int start, int end, EntityType type) in spans)
            {
                int first = sentence.FirstToken + start, last = sentence.FirstToken + end;
                if (units is not null)
                {
                    (first, last) = (units.FirstToken(first), units.FirstToken(last));
                }

                var span = new TextSpan(document.Tokens[first].Start, document.Tokens[last - 1].End);
                Mentions.Add(new EntityMention
                {
                    Span = span,
                    FirstToken = first,
                    EndToken = last,
                    Type = type,
                    Text = document.GetText(span),
                    Confidence = _marginals.Probability(labels, start, end),
                    Producer = ProducerName,
                });
            }
        }
    }

    /// <summary>Applies <see cref="FeedApostropheJoin"/>, <see cref="MentionRules.Default"/> (<see cref="HonorificPersonName"/>, <see cref="OrganisationWordPerson"/>), <see cref="TitleOnlyMention"/>, <see cref="TitleInsidePersonName"/>, <see cref="TitleBeforePersonName"/>, <see cref="NameParticleJoin"/>, <see cref="NameJoins"/>, <see cref="FirmShortNames"/>, <see cref="FirmFirstWordMention"/>, <see cref="WorkTitleNames"/>, <see cref="OrganisationNounNames"/>, <see cref="SurnameBeforeCue"/> and <see cref="PossessiveNameBeforeCue"/> (one each per document) to each sentence's final labels (in <paramref name="labels"/>, in place) before <paramref name="next"/> sees them.</summary>
    private sealed class JoiningSink(NewsDocument document, HyphenatedNameUnits? units, int[] labels, NerLexicon lexicon, ISentenceScoresSink next) : ISentenceScoresSink
    {
        private readonly FirmShortNames _firms = new();
        private readonly FirmFirstWordMention _firmWords = new();
        private readonly WorkTitleNames _works = new();
        private readonly OrganisationNounNames _organisationNouns = new();
        private readonly SurnameBeforeCue _surnames = new();
        private readonly PossessiveNameBeforeCue _possessives = new();

        public void Final(TokenRange sentence, ReadOnlySpan<int> sentenceLabels, ReadOnlySpan<float> scores)
        {
            ReadOnlySpan<TokenRow> rows = (units is null ? document.Tokens.Rows : units.Rows).Slice(sentence.FirstToken, sentenceLabels.Length);
            Span<int> own = labels.AsSpan(sentence.FirstToken, sentenceLabels.Length);
            FeedApostropheJoin.Apply(document.Text, rows, own);
            MentionRules.Apply(document.Text, rows, own, lexicon, MentionRules.Default);
            TitleOnlyMention.Apply(document.Text, rows, own);
            TitleInsidePersonName.Apply(document.Text, rows, own, lexicon);
            TitleBeforePersonName.Apply(document.Text, rows, own, lexicon);
            NameParticleJoin.Apply(document.Text, rows, own);
            NameJoins.Apply(document.Text, rows, own, lexicon);
            _firms.Apply(document.Text, rows, own);
            _firmWords.Apply(document.Text, rows, own, lexicon);
            _works.Apply(document.Text, rows, own);
            _organisationNouns.Apply(document.Text, rows, own, lexicon);
            _surnames.Apply(document.Text, rows, own);
            _possessives.Apply(document.Text, rows, own);
            next.Final(sentence, own, scores);
        }
    }

    /// <summary>Ignores the scores (<see cref="Tag"/> returns the labels only).</summary>
    private sealed class NoScores : ISentenceScoresSink
    {
        public static readonly NoScores Instance = new();

        public void Final(TokenRange sentence, ReadOnlySpan<int> labels, ReadOnlySpan<float> scores)
        {
        }
    }
}
