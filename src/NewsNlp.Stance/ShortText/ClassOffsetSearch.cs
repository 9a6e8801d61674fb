namespace NewsNlp.Stance.ShortText;

/// <summary>One out-of-fold prediction: the probabilities over the four labels, the gold side (agree, disagree or discuss) and the fold that held it out.</summary>
internal readonly record struct OutOfFoldPrediction(double[] Probabilities, int Gold, int Fold);

/// <summary>What <see cref="ClassOffsetSearch.Choose"/> found.</summary>
/// <param name="Disagree">Offset added to the disagree logit (agree's is 0).</param>
/// <param name="Discuss">Offset added to the discuss logit.</param>
/// <param name="MacroF1">Macro-F1 (agree, disagree, discuss) of the given predictions with the chosen offsets.</param>
/// <param name="Accuracy">Three-class accuracy with the chosen offsets (an unrelated label is wrong).</param>
/// <param name="NestedMacroF1">Macro-F1 when each fold's offsets are chosen on the other folds' predictions only (the honest estimate of the search).</param>
/// <param name="NestedAccuracy">Accuracy of the same nested choice.</param>
internal sealed record ClassOffsets(double Disagree, double Discuss, double MacroF1, double Accuracy, double NestedMacroF1, double NestedAccuracy);

/// <summary>
/// Offsets of the disagree and discuss logits (relative to agree) chosen on out-of-fold predictions to maximise macro-F1:
/// a model that learned the classes' frequencies favours the commonest side, and macro-F1 weighs the three sides equally.
/// Ties go to the smaller offsets. The search is also run nested (each fold decided by offsets chosen without it) so the
/// figure it reports is not the one it was chosen on.
/// </summary>
internal static class ClassOffsetSearch
{
    /// <summary>Chooses the offsets from <paramref name="grid"/> (each of disagree and discuss takes every value).</summary>
    public static ClassOffsets Choose(IReadOnlyList<OutOfFoldPrediction> predictions, IReadOnlyList<double> grid)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Count == 0)
        {
            throw new ArgumentException("The offset grid is empty.", nameof(grid));
        }

        (double disagree, double discuss) = Best(predictions, grid);
        (double accuracy, double macroF1) = Score(predictions, disagree, discuss);

        var nested = new int[3, 4];
        foreach (int fold in predictions.Select(p => p.Fold).Distinct().Order())
        {
            (double d, double s) = Best([.. predictions.Where(p => p.Fold != fold)], grid);
            foreach (OutOfFoldPrediction p in predictions.Where(p => p.Fold == fold))
            {
                nested[p.Gold, Label(p.Probabilities, d, s)]++;
            }
        }

        return new ClassOffsets(disagree, discuss, macroF1, accuracy, MacroF1(nested), Accuracy(nested));
    }

    /// <summary>The probabilities with the offsets added to the disagree and discuss logits (renormalised).</summary>
    public static double[] Apply(IReadOnlyList<double> probabilities, double disagree, double discuss)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var shifted = new double[probabilities.Count];
        double sum = 0;
        for (int k = 0; k < shifted.Length; k++)
        {
            double offset = k == (int)StanceLabel.Disagree ? disagree : k == (int)StanceLabel.Discuss ? discuss : 0;
            shifted[k] = probabilities[k] * Math.Exp(offset);
            sum += shifted[k];
        }

        for (int k = 0; k < shifted.Length; k++)
        {
            shifted[k] /= sum;
        }

        return shifted;
    }

    private static (double Disagree, double Discuss) Best(IReadOnlyList<OutOfFoldPrediction> predictions, IReadOnlyList<double> grid)
    {
        (double, double) best = (0, 0);
        double bestF1 = double.NegativeInfinity, bestSize = double.PositiveInfinity;
        foreach (double d in grid)
        {
            foreach (double s in grid)
            {
                double f1 = Score(predictions, d, s).MacroF1;
                double size = Math.Abs(d) + Math.Abs(s);
                if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && size < bestSize))
                {
                    (best, bestF1, bestSize) = ((d, s), f1, size);
                }
            }
        }

        return best;
    }

    private static (double Accuracy, double MacroF1) Score(IReadOnlyList<OutOfFoldPrediction> predictions, double disagree, double discuss)
    {
        var confusion = new int[3, 4];
        foreach (OutOfFoldPrediction p in predictions)
        {
            confusion[p.Gold, Label(p.Probabilities, disagree, discuss)]++;
        }

        return (Accuracy(confusion), MacroF1(confusion));
    }

    /// <summary>The argmax of the log-probabilities plus the offsets (unrelated included: it counts as wrong).</summary>
    private static int Label(double[] probabilities, double disagree, double discuss)
    {
        int best = 0;
        double bestScore = double.NegativeInfinity;
        for (int k = 0; k < probabilities.Length; k++)
        {
            double offset = k == (int)StanceLabel.Disagree ? disagree : k == (int)StanceLabel.Discuss ? discuss : 0;
            double score = Math.Log(Math.Max(probabilities[k], 1e-300)) + offset;
            if (score > bestScore)
            {
                (best, bestScore) = (k, score);
            }
        }

        return best;
    }

    private static double Accuracy(int[,] confusion)
    {
        double right = 0, all = 0;
        for (int g = 0; g < 3; g++)
        {
            right += confusion[g, g];
            for (int p = 0; p < 4; p++)
            {
                all += confusion[g, p];
            }
        }

        return all == 0 ? 0 : right / all;
    }

    private static double MacroF1(int[,] confusion)
    {
        double f1 = 0;
        for (int k = 0; k < 3; k++)
        {
            int predicted = confusion[0, k] + confusion[1, k] + confusion[2, k];
            int gold = confusion[k, 0] + confusion[k, 1] + confusion[k, 2] + confusion[k, 3];
            double precision = predicted == 0 ? 0 : (double)confusion[k, k] / predicted;
            double recall = gold == 0 ? 0 : (double)confusion[k, k] / gold;
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return f1 / 3;
    }
}
