using NewsNlp.Documents;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class BilouLabelsTests
{
    private static int L(EntityType t, BilouLabels.Position p) => BilouLabels.Of(t, p);

    [Fact]
    public void Seventeen_labels_with_names_round_trip()
    {
        Assert.Equal(17, BilouLabels.Count);
        Assert.Equal("O", BilouLabels.Name(0));
        int label = L(EntityType.Location, BilouLabels.Position.Unit);
        Assert.Equal("U-LOC", BilouLabels.Name(label));
        Assert.Equal(EntityType.Location, BilouLabels.TypeOf(label));
        Assert.Equal(BilouLabels.Position.Unit, BilouLabels.PositionOf(label));
    }

    [Fact]
    public void Transition_constraints_follow_bilou()
    {
        int bPer = L(EntityType.Person, BilouLabels.Position.Begin);
        int iPer = L(EntityType.Person, BilouLabels.Position.Inside);
        int lPer = L(EntityType.Person, BilouLabels.Position.Last);
        int lOrg = L(EntityType.Organization, BilouLabels.Position.Last);
        Assert.True(BilouLabels.IsAllowed(-1, bPer));
        Assert.False(BilouLabels.IsAllowed(-1, iPer));
        Assert.True(BilouLabels.IsAllowed(bPer, iPer));
        Assert.True(BilouLabels.IsAllowed(bPer, lPer));
        Assert.False(BilouLabels.IsAllowed(bPer, lOrg));
        Assert.False(BilouLabels.IsAllowed(bPer, BilouLabels.Outside));
        Assert.True(BilouLabels.IsAllowed(lPer, BilouLabels.Outside));
        Assert.False(BilouLabels.IsAllowedLast(bPer));
        Assert.True(BilouLabels.IsAllowedLast(lPer));
    }

    [Fact]
    public void Repair_turns_invalid_sequences_into_valid_ones()
    {
        int iPer = L(EntityType.Person, BilouLabels.Position.Inside);
        int bLoc = L(EntityType.Location, BilouLabels.Position.Begin);
        int lOrg = L(EntityType.Organization, BilouLabels.Position.Last);
        int[] labels = [iPer, iPer, BilouLabels.Outside, bLoc, lOrg, bLoc];
        BilouLabels.Repair(labels);

        for (int i = 0; i < labels.Length; i++)
        {
            Assert.True(BilouLabels.IsAllowed(i == 0 ? -1 : labels[i - 1], labels[i]), $"invalid at {i}: {string.Join(' ', labels.Select(BilouLabels.Name))}");
        }

        Assert.True(BilouLabels.IsAllowedLast(labels[^1]));
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "U-ORG", "U-LOC"], labels.Select(BilouLabels.Name));
    }

    [Fact]
    public void Iob1_and_iob2_tags_read_as_conlleval_does()
    {
        // IOB1: I-X after I-X continues; B-X after I-X starts a new mention of the same type.
        var iob1 = BilouLabels.SpansFromTags(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]);
        Assert.Equal([(0, 2, EntityType.Person), (2, 3, EntityType.Person), (4, 5, EntityType.Location), (5, 6, EntityType.Organization)], iob1);
        var iob2 = BilouLabels.SpansFromTags(["B-MISC", "I-MISC", "O", "B-LOC"]);
        Assert.Equal([(0, 2, EntityType.Miscellaneous), (3, 4, EntityType.Location)], iob2);
    }

    [Fact]
    public void Viterbi_never_outputs_an_invalid_sequence_even_when_emissions_prefer_one()
    {
        const int k = BilouLabels.Count;
        int iPer = L(EntityType.Person, BilouLabels.Position.Inside);
        var transitions = new NewsNlp.Learning.AveragedPerceptron(k, 5);
        float[] table = NerModel.BuildTransitionTable(transitions);
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            int m = 1 + random.Next(8);
            float[] emissions = new float[m * k];
            for (int i = 0; i < emissions.Length; i++)
            {
                emissions[i] = (float)random.NextDouble();
            }

            // Make an invalid label (I-PER at the start) the locally best one.
            emissions[iPer] = 10;
            int[] labels = new int[m];
            NerDecoder.Viterbi(emissions, m, table, labels);
            for (int i = 0; i < m; i++)
            {
                Assert.True(BilouLabels.IsAllowed(i == 0 ? -1 : labels[i - 1], labels[i]));
            }

            Assert.True(BilouLabels.IsAllowedLast(labels[^1]));
        }
    }
}
