using System.Globalization;
using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Rendering;

/// <summary>
/// Gives each speaker of a document a CSS class and a colour of its own (quotes without a speaker share a grey one).
/// Hues follow the golden angle, so any number of speakers get well-separated colours with no reuse, and hues near
/// the entity colours (PERSON blue, ORG amber, LOC green, MISC violet) are skipped so a quote never looks like an entity.
/// Each round of the hue circle also steps the lightness, so speaker 15 and speaker 2 differ even where hues come close.
/// </summary>
internal sealed class SpeakerColours
{
    public const string NoSpeakerClass = "spk-none";

    /// <summary>Hues of the entity tints (see <see cref="HtmlStyles"/>), kept clear of speaker colours.</summary>
    internal static readonly int[] EntityHues = [221, 26, 161, 262];

    /// <summary>Degrees kept clear on each side of an entity hue.</summary>
    internal const double EntityClearance = 16;

    private const double GoldenAngle = 137.50776405;
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
    public static string ClassOfIndex(int index) => "spk-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The colour of the speaker at <paramref name="index"/>: hue (degrees), saturation and lightness (percent).</summary>
    public static (double Hue, int Saturation, int Lightness) ColourOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        int step = 0;
        int found = -1;
        double hue = 0;
        while (found < index)
        {
            hue = (15 + (step * GoldenAngle)) % 360;
            step++;
            if (!NearEntityHue(hue))
            {
                found++;
            }
        }

        // Three lightness levels, one per round of ~9 hues: dark, mid, light marks stay readable on white.
        int[] lightness = [40, 30, 50];
        return (Math.Round(hue, 1), 70, lightness[(index / 9) % lightness.Length]);
    }

    internal static bool NearEntityHue(double hue)
    {
        foreach (int entity in EntityHues)
        {
            double d = Math.Abs(hue - entity) % 360;
            if (Math.Min(d, 360 - d) < EntityClearance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CSS rules for the speaker classes used by this document, and the rules of their show/hide toggles.</summary>
    public string Css()
    {
        var css = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            (double h, int s, int l) = ColourOf(i);
            css.Append(CultureInfo.InvariantCulture,
                $".spk-{i}{{--spk:hsl({h} {s}% {l}%);--spk-bg:hsl({h} 85% {Math.Min(95, l + 50)}%)}}\n");
            css.Append(CultureInfo.InvariantCulture,
                $"#show-spk-{i}:not(:checked)~main .quote.spk-{i}{{background:none;box-shadow:none}}\n");
        }

        return css.ToString();
    }
}
