using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.Model;

namespace NewsNlp.Stance.Training;

/// <summary>What <see cref="StanceTrainer"/> returns: the model and its dev metrics.</summary>
public sealed class StanceTrainingResult
{
    internal StanceTrainingResult(StanceModel model, FncMetrics? devUncalibrated, FncMetrics? dev, int trainPairs, int devPairs)
    {
        Model = model;
        DevUncalibrated = devUncalibrated;
        Dev = dev;
        TrainPairs = trainPairs;
        DevPairs = devPairs;
    }

    /// <summary>The trained model.</summary>
    public StanceModel Model { get; }

    /// <summary>Dev metrics before calibration (null without a dev split).</summary>
    public FncMetrics? DevUncalibrated { get; }

    /// <summary>Dev metrics with the chosen calibration (null without a dev split).</summary>
    public FncMetrics? Dev { get; }

    /// <summary>Pairs in the training split.</summary>
    public int TrainPairs { get; }

    /// <summary>Pairs in the dev split.</summary>
    public int DevPairs { get; }
}
