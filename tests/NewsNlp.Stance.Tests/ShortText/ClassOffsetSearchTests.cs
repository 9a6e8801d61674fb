using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Tests.ShortText;

public sealed class ClassOffsetSearchTests
{
    /// <summary>Discuss pairs that the model leans a little toward agree: a discuss offset recovers them.</summary>
    private static List<OutOfFoldPrediction> LeaningToAgree()
    {
        var list = new List<OutOfFoldPrediction>();
        for (int i = 0; i < 40; i++)
        {
            int fold = i % 4;
            list.Add(new([0.7, 0.1, 0.15, 0.05], 0, fold));            // agree, clearly
            list.Add(new([0.45, 0.1, 0.4, 0.05], 2, fold));            // discuss, read as agree
            list.Add(new([0.1, 0.7, 0.15, 0.05], 1, fold));            // disagree, clearly
        }

        return list;
    }

    [Fact]
    public void Chooses_a_discuss_offset_that_recovers_the_discuss_pairs()
    {
        ClassOffsets o = ClassOffsetSearch.Choose(LeaningToAgree(), [-0.5, 0, 0.25, 0.5, 1]);

        Assert.Equal(0.25, o.Discuss);   // the smallest offset that flips log 0.4 + d above log 0.45
        Assert.Equal(0, o.Disagree);
        Assert.Equal(1.0, o.MacroF1, 9);
        Assert.Equal(1.0, o.NestedMacroF1, 9);
    }

    [Fact]
    public void Keeps_zero_offsets_when_nothing_gains()
    {
        var clear = new List<OutOfFoldPrediction> { new([0.8, 0.1, 0.05, 0.05], 0, 0), new([0.1, 0.8, 0.05, 0.05], 1, 1), new([0.1, 0.1, 0.75, 0.05], 2, 0) };
        ClassOffsets o = ClassOffsetSearch.Choose(clear, [-1, 0, 1]);
        Assert.Equal((0.0, 0.0), (o.Disagree, o.Discuss));
        Assert.Throws<ArgumentException>(() => ClassOffsetSearch.Choose(clear, []));
    }

    [Fact]
    public void Apply_shifts_the_logits_and_renormalises()
    {
        double[] shifted = ClassOffsetSearch.Apply([0.4, 0.2, 0.2, 0.2], Math.Log(2), 0);
        Assert.Equal(0.4 / 1.2, shifted[0], 9);
        Assert.Equal(0.4 / 1.2, shifted[1], 9);
        Assert.Equal(1.0, shifted.Sum(), 9);
    }
}
