using NewsNlp.Documents;

namespace NewsNlp.Entities.Training;

/// <summary>Exact-span entity scores (the CoNLL-2003 measure), overall and per type.</summary>
public sealed class NerEvaluation
{
    private readonly int[] _tp = new int[5];
    private readonly int[] _predicted = new int[5];
    private readonly int[] _gold = new int[5];

    /// <summary>Adds one sentence's gold and predicted spans.</summary>
    public void Add(IEnumerable<(int Start, int End, EntityType Type)> gold, IEnumerable<(int Start, int End, EntityType Type)> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<(int, int, EntityType)>(gold);
        foreach ((int, int, EntityType Type) g in goldSet)
        {
            _gold[0]++;
            _gold[1 + (int)g.Type]++;
        }

        foreach ((int, int, EntityType Type) p in predicted)
        {
            _predicted[0]++;
            _predicted[1 + (int)p.Type]++;
            if (goldSet.Contains(p))
            {
                _tp[0]++;
                _tp[1 + (int)p.Type]++;
            }
        }
    }

    /// <summary>Overall F1 in percent.</summary>
    public double F1 => F(0);

    /// <summary>Overall precision in percent.</summary>
    public double Precision => _predicted[0] == 0 ? 0 : 100.0 * _tp[0] / _predicted[0];

    /// <summary>Overall recall in percent.</summary>
    public double Recall => _gold[0] == 0 ? 0 : 100.0 * _tp[0] / _gold[0];

    /// <summary>F1 in percent of one type.</summary>
    public double TypeF1(EntityType type) => F(1 + (int)type);

    /// <summary>A one-line summary.</summary>
    public override string ToString() =>
        $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (PER {TypeF1(EntityType.Person):F2}, ORG {TypeF1(EntityType.Organization):F2}, LOC {TypeF1(EntityType.Location):F2}, MISC {TypeF1(EntityType.Miscellaneous):F2})";

    private double F(int k)
    {
        double p = _predicted[k] == 0 ? 0 : (double)_tp[k] / _predicted[k];
        double r = _gold[k] == 0 ? 0 : (double)_tp[k] / _gold[k];
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }
}
