using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsNlp.Stance.Model;

/// <summary>Input row of both ML.NET models (features only).</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}

/// <summary>Training row of the relatedness model.</summary>
internal sealed class RelatedTrainingRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}

/// <summary>Training row of the agree/disagree/discuss model; <see cref="Label"/> is the FNC-1 label string.</summary>
internal sealed class StanceTrainingRow
{
    public float[] Features { get; set; } = [];

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; }
}

/// <summary>Output of the relatedness model.</summary>
internal sealed class RelatedOutput
{
    public float Probability { get; set; }
}

/// <summary>Output of the stance model: scores of agree, disagree, discuss.</summary>
internal sealed class StanceOutput
{
    public float[] Score { get; set; } = [];
}

/// <summary>ML.NET schema definitions with the feature vector's fixed size.</summary>
internal static class MlSchemas
{
    public static SchemaDefinition For<T>(int features)
    {
        SchemaDefinition definition = SchemaDefinition.Create(typeof(T));
        definition["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        return definition;
    }

    public static DataViewSchema InputSchema(MLContext ml, int features) =>
        ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), For<FeatureRow>(features)).Schema;
}
