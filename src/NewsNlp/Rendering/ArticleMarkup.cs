using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Rendering;

/// <summary>
/// Writes the article text with <c>&lt;span&gt;</c> marks for quotes, cues, sources and entities. Marks are nested
/// properly; where two marks cross, the inner one is closed and reopened, so any set of spans gives valid HTML.
/// </summary>
internal static class ArticleMarkup
{
    private enum Layer : byte
    {
        Quote,
        Cue,
        Source,
        Entity,
    }

    private readonly record struct Mark(int Start, int End, Layer Layer, int Index);

    public static void Write(NewsDocument document, SpeakerColours speakers, TextWriter writer)
    {
        string text = document.Text;
        List<Mark> marks = Collect(document, text.Length);

        // Outer marks first: earlier start, then longer, then quote before cue/source before entity.
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Layer.CompareTo(b.Layer));
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (Mark m in marks)
        {
            boundaries.Add(m.Start);
            boundaries.Add(m.End);
        }

        var open = new List<Mark>();
        var reopen = new List<Mark>();
        int next = 0;
        int previous = 0;
        foreach (int position in boundaries)
        {
            if (position > previous)
            {
                HtmlText.Write(writer, text.AsSpan(previous, position - previous));
            }

            // Close marks ending here; marks above them that go on are closed and reopened.
            int lowest = open.FindIndex(m => m.End <= position);
            if (lowest >= 0)
            {
                reopen.Clear();
                for (int i = open.Count - 1; i >= lowest; i--)
                {
                    writer.Write("</span>");
                    if (open[i].End > position)
                    {
                        reopen.Add(open[i]);
                    }

                    open.RemoveAt(i);
                }

                for (int i = reopen.Count - 1; i >= 0; i--)
                {
                    Open(document, speakers, reopen[i], IsLastPiece(open, reopen[i]), writer);
                    open.Add(reopen[i]);
                }
            }

            while (next < marks.Count && marks[next].Start == position)
            {
                Open(document, speakers, marks[next], IsLastPiece(open, marks[next]), writer);
                open.Add(marks[next]);
                next++;
            }

            previous = position;
        }

        for (int i = open.Count - 1; i >= 0; i--)
        {
            writer.Write("</span>");
        }
    }

    private static List<Mark> Collect(NewsDocument document, int length)
    {
        var marks = new List<Mark>(document.Entities.Count + (document.Quotes.Count * 3));
        for (int q = 0; q < document.Quotes.Count; q++)
        {
            Quote quote = document.Quotes[q];
            foreach (TextSpan span in quote.Content)
            {
                AddIfValid(marks, span, Layer.Quote, q, length);
            }

            if (quote.Cue is { } cue)
            {
                AddIfValid(marks, cue, Layer.Cue, q, length);
            }

            if (quote.Source is { } source)
            {
                AddIfValid(marks, source, Layer.Source, q, length);
            }
        }

        for (int e = 0; e < document.Entities.Count; e++)
        {
            AddIfValid(marks, document.Entities[e].Span, Layer.Entity, e, length);
        }

        return marks;
    }

    private static void AddIfValid(List<Mark> marks, TextSpan span, Layer layer, int index, int length)
    {
        if (span.Start >= 0 && span.End <= length && span.Start < span.End)
        {
            marks.Add(new Mark(span.Start, span.End, layer, index));
        }
    }

    /// <summary>The badge text of an entity type, as displaCy shows it.</summary>
    internal static string ShortLabel(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>
    /// True when the piece of <paramref name="mark"/> opened now runs to its end: no mark below it on the stack closes
    /// first (which would close and reopen it). Only that piece carries the entity's label badge.
    /// </summary>
    private static bool IsLastPiece(List<Mark> open, Mark mark)
    {
        foreach (Mark below in open)
        {
            if (below.End < mark.End)
            {
                return false;
            }
        }

        return true;
    }

    private static void Open(NewsDocument document, SpeakerColours speakers, Mark mark, bool lastPiece, TextWriter writer)
    {
        switch (mark.Layer)
        {
            case Layer.Entity:
            {
                EntityMention e = document.Entities[mark.Index];
                string type = WireNames.Of(e.Type);
                writer.Write($"<span class=\"ent ent-{type.ToLowerInvariant()}\" data-type=\"{type}\"{(lastPiece ? $" data-label=\"{ShortLabel(e.Type)}\"" : "")} title=\"");
                HtmlText.Write(writer, string.Create(CultureInfo.InvariantCulture, $"{type} · {e.Confidence:0.00} · {e.Producer}"));
                writer.Write("\">");
                break;
            }

            case Layer.Quote:
            {
                Quote q = document.Quotes[mark.Index];
                string kind = WireNames.Of(q.Kind);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<span class=\"quote q-{kind} {speakers.ClassOf(q.SpeakerId)}\" data-quote=\"{q.Id}\" data-kind=\"{kind}\" title=\""));
                HtmlText.Write(writer, string.Create(CultureInfo.InvariantCulture,
                    $"{q.SpeakerName ?? "unattributed"} · {kind} quote · {q.Confidence:0.00} · decided by {q.DecidedBy}"));
                writer.Write("\">");
                break;
            }

            default:
            {
                Quote q = document.Quotes[mark.Index];
                string cls = mark.Layer == Layer.Cue ? "cue" : "src";
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"<span class=\"{cls} {speakers.ClassOf(q.SpeakerId)}\" data-quote=\"{q.Id}\" title=\"{(mark.Layer == Layer.Cue ? "cue" : "source")} of quote {q.Id}\">"));
                break;
            }
        }
    }
}
