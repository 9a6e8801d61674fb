using NewsNlp.Entities.Training;

namespace NewsNlp.Tests.Entities;

/// <summary>Small hand-written CoNLL-layout documents for unit tests.</summary>
internal static class NerTestData
{
    public const string Tiny = """
        -DOCSTART- O

        Peter B-PER
        Blackburn I-PER
        visited O
        Paris B-LOC
        . O

        The O
        European B-ORG
        Commission I-ORG
        met O
        in O
        Brussels B-LOC
        . O

        Blackburn B-PER
        said O
        German B-MISC
        farmers O
        agree O
        . O

        -DOCSTART- O

        Anna B-PER
        Schmidt I-PER
        joined O
        Siemens B-ORG
        in O
        Berlin B-LOC
        . O
        """;

    public static IReadOnlyList<ConllDocument> Parse(string text) => ConllReader.Read(text.Split('\n'));
}
