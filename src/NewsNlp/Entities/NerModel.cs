using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// The trained NER model: emission weights over hashed features, BILOU transition weights, and the compiled lexicon
/// (word clusters and gazetteers). Immutable once built; safe to share between threads.
/// </summary>
internal sealed class NerModel
{
    /// <summary>Model kind written in the file header.</summary>
    public const string Kind = "ner-perceptron";

    /// <summary>Current format version.</summary>
    public const int FormatVersion = 2;

    /// <summary>Transition row of the sentence start.</summary>
    public const int StartRow = BilouLabels.Count;

    /// <summary>Transition row holding scores of a label ending the sentence.</summary>
    public const int EndRow = BilouLabels.Count + 1;

    private static readonly int[] SupportedVersions = [FormatVersion];

    public NerModel(AveragedPerceptron emissions, AveragedPerceptron transitions, NerLexicon lexicon, NerModelSettings settings)
    {
        Emissions = emissions;
        Transitions = transitions;
        Lexicon = lexicon;
        Settings = settings;
        TransitionTable = BuildTransitionTable(transitions);
    }

    public AveragedPerceptron Emissions { get; }

    public AveragedPerceptron Transitions { get; }

    public NerLexicon Lexicon { get; }

    public NerModelSettings Settings { get; }

    /// <summary>Transition scores <c>[(prevRow) * 17 + label]</c> for rows 0..16, start and end; disallowed pairs are -∞.</summary>
    public float[] TransitionTable { get; }

    public static float[] BuildTransitionTable(AveragedPerceptron transitions)
    {
        int k = BilouLabels.Count;
        float[] table = new float[(k + 2) * k];
        for (int row = 0; row < k + 2; row++)
        {
            for (int c = 0; c < k; c++)
            {
                bool allowed = row switch
                {
                    StartRow => BilouLabels.IsAllowed(-1, c),
                    EndRow => BilouLabels.IsAllowedLast(c),
                    _ => BilouLabels.IsAllowed(row, c),
                };
                table[(row * k) + c] = allowed ? transitions.Weight(row, c) : float.NegativeInfinity;
            }
        }

        return table;
    }

    public void Save(Stream destination) => ModelFile.Write(destination, Kind, FormatVersion, WritePayload);

    public static NerModel Load(Stream source, string name) => ModelFile.Read(source, name, Kind, SupportedVersions, ReadPayload);

    private void WritePayload(BinaryWriter writer)
    {
        Settings.Save(writer);
        Emissions.Save(writer);
        Transitions.Save(writer);
        Lexicon.Save(writer);
    }

    private static NerModel ReadPayload(BinaryReader reader, int version) => ReadPayloadFrom(reader);

    /// <summary>Reads the payload (after the container header).</summary>
    public static NerModel ReadPayloadFrom(BinaryReader reader)
    {
        NerModelSettings settings = NerModelSettings.Load(reader);
        AveragedPerceptron emissions = AveragedPerceptron.Load(reader);
        AveragedPerceptron transitions = AveragedPerceptron.Load(reader);
        if (emissions.ClassCount != BilouLabels.Count || transitions.ClassCount != BilouLabels.Count || transitions.BucketCount < BilouLabels.Count + 2)
        {
            throw new ModelFormatException($"NER model has {emissions.ClassCount} classes; {BilouLabels.Count} expected.");
        }

        NerLexicon lexicon = NerLexicon.Load(reader);
        return new NerModel(emissions, transitions, lexicon, settings);
    }
}

/// <summary>Decoding settings stored with a model.</summary>
internal sealed record NerModelSettings
{
    /// <summary>Use document features (labels of the same word elsewhere in the document).</summary>
    public bool DocumentFeatures { get; init; } = true;

    /// <summary>Decode twice: the second pass sees the first pass's labels of the whole document.</summary>
    public bool SecondPass { get; init; } = true;

    public void Save(BinaryWriter writer)
    {
        writer.Write(DocumentFeatures);
        writer.Write(SecondPass);
    }

    public static NerModelSettings Load(BinaryReader reader) => new()
    {
        DocumentFeatures = reader.ReadBoolean(),
        SecondPass = reader.ReadBoolean(),
    };
}
