using System.Globalization;
using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Rendering;

/// <summary>Gives each speaker of a document a CSS class and colour (quotes without a speaker share a grey one).</summary>
internal sealed class SpeakerColours
{
    public const string NoSpeakerClass = "spk-none";

    // Twelve well-separated hues; speakers beyond twelve reuse them in order.
    private static readonly int[] Hues = [210, 25, 130, 280, 350, 175, 45, 240, 95, 320, 0, 195];
    private readonly Dictionary<int, int> _indexById = [];

    public SpeakerColours(NewsDocument document)
    {
        for (int i = 0; i < document.Speakers.Count; i++)
        {
            _indexById.TryAdd(document.Speakers[i].Id, i);
        }

        Count = document.Speakers.Count;
    }

    public int Count { get; }

    /// <summary>The class of the speaker with id <paramref name="speakerId"/>, or <see cref="NoSpeakerClass"/>.</summary>
    public string ClassOf(int? speakerId) =>
        speakerId is int id && _indexById.TryGetValue(id, out int index) ? ClassOfIndex(index) : NoSpeakerClass;

    /// <summary>The class of the speaker at <paramref name="index"/> in <see cref="NewsDocument.Speakers"/>.</summary>
    public static string ClassOfIndex(int index) => "spk-" + (index % Hues.Length).ToString(CultureInfo.InvariantCulture);

    /// <summary>CSS rules for the speaker classes used by this document.</summary>
    public string Css()
    {
        var css = new StringBuilder();
        for (int i = 0; i < Math.Min(Count, Hues.Length); i++)
        {
            int h = Hues[i];
            css.Append(CultureInfo.InvariantCulture,
                $".spk-{i}{{--spk:hsl({h} 70% 42%);--spk-bg:hsl({h} 85% 92%)}}\n");
        }

        return css.ToString();
    }
}
