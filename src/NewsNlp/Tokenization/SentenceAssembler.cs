using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The paragraph and sentence loop shared by the splitters: finds paragraphs from line breaks, asks a
/// <see cref="IBoundaryDecider"/> about each gap inside a paragraph, and writes ranges and start traits.
/// </summary>
internal static class SentenceAssembler
{
    public static void Split<TDecider>(NewsDocument document, ref TDecider decider, ParagraphMode mode, CancellationToken cancellationToken)
        where TDecider : IBoundaryDecider
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        string text = document.Text;
        Span<TokenRow> rows = document.Tokens.MutableRows;
        int n = rows.Length;
        if (n == 0)
        {
            return;
        }

        bool blankLines = mode switch
        {
            ParagraphMode.BlankLine => true,
            ParagraphMode.Line => false,
            _ => HasBlankLine(text, rows),
        };

        int paragraphStart = 0;
        int quoteDepth = 0;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool last = i == n - 1;
            if (!last && !IsParagraphBreak(text, rows, i, blankLines))
            {
                continue;
            }

            // Paragraph [paragraphStart, i + 1): decide its sentences.
            int paragraphEnd = i + 1;
            int sentenceStart = paragraphStart;
            quoteDepth = 0;
            int closerRunStart = paragraphStart;
            for (int k = paragraphStart; k < paragraphEnd; k++)
            {
                // The run of closers ending at k starts where the last non-closer left off (O(1) per token).
                if (!SentenceSplitter.RuleDecider.IsCloser(text, rows[k]))
                {
                    closerRunStart = k + 1;
                }

                if ((k & 0xFFFF) == 0xFFFF)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                TokenTraits traits = rows[k].Traits;
                if ((traits & TokenTraits.QuoteOpen) != 0 && rows[k].Kind == TokenKind.Quote)
                {
                    quoteDepth = Math.Min(quoteDepth + 1, 3);
                }
                else if ((traits & TokenTraits.QuoteClose) != 0 && rows[k].Kind == TokenKind.Quote)
                {
                    quoteDepth = Math.Max(quoteDepth - 1, 0);
                }

                bool end = k == paragraphEnd - 1 || Decide(ref decider, new BoundaryContext(text, rows, paragraphStart, paragraphEnd, sentenceStart, quoteDepth, closerRunStart), k);
                if (end)
                {
                    rows[sentenceStart] = rows[sentenceStart].WithTraits(TokenTraits.SentenceStart);
                    document.Sentences.Add(Range(rows, sentenceStart, k + 1));
                    sentenceStart = k + 1;
                }
            }

            rows[paragraphStart] = rows[paragraphStart].WithTraits(TokenTraits.ParagraphStart);
            document.Paragraphs.Add(Range(rows, paragraphStart, paragraphEnd));
            paragraphStart = paragraphEnd;
        }
    }

    /// <summary>
    /// Footnote markers after a sentence (<c>… in 1805.[19] His …</c>) stay with the sentence they follow; elsewhere the decider decides.
    /// </summary>
    private static bool Decide<TDecider>(ref TDecider decider, in BoundaryContext context, int k)
        where TDecider : IBoundaryDecider
    {
        if (IsFootnote(context, k + 1) && EndsWithFinalPunctuation(context, k))
        {
            return false;
        }

        if (k - 3 >= context.SentenceStart && IsFootnote(context, k - 2) && EndsWithFinalPunctuation(context, k - 3))
        {
            return !CharClass.IsLower(context.Text[context.Rows[k + 1].Start]);
        }

        return decider.IsBoundary(context, k);
    }

    /// <summary>True when tokens <c>[index, index + 3)</c> are <c>[</c> number <c>]</c> inside the paragraph.</summary>
    private static bool IsFootnote(in BoundaryContext context, int index)
    {
        if (index < context.ParagraphStart || index + 3 > context.ParagraphEnd)
        {
            return false;
        }

        ReadOnlySpan<TokenRow> rows = context.Rows;
        string text = context.Text;
        return rows[index].Length == 1 && text[rows[index].Start] == '['
            && rows[index + 1].Kind == TokenKind.Number && rows[index + 1].Length <= 4
            && rows[index + 2].Length == 1 && text[rows[index + 2].Start] == ']';
    }

    private static bool EndsWithFinalPunctuation(in BoundaryContext context, int index)
    {
        int j = index;
        while (j > context.SentenceStart && SentenceSplitter.RuleDecider.IsCloser(context, j))
        {
            j--;
        }

        return SentenceSplitter.RuleDecider.IsFinalPunctuation(context, j);
    }

    private static TokenRange Range(ReadOnlySpan<TokenRow> rows, int first, int end) => new(first, end, new TextSpan(rows[first].Start, rows[end - 1].End));

    private static bool IsParagraphBreak(string text, ReadOnlySpan<TokenRow> rows, int i, bool blankLines)
    {
        if ((rows[i].Traits & TokenTraits.NewlineAfter) == 0)
        {
            return false;
        }

        return !blankLines || CountLineBreaks(text, rows[i].End, rows[i + 1].Start) >= 2 || IsIndentedLineStart(text, rows[i].End, rows[i + 1].Start);
    }

    /// <summary>Indentation that marks a new paragraph in hard-wrapped text: two spaces or a tab.</summary>
    private const int ParagraphIndent = 2;

    /// <summary>
    /// True when the single line break in <c>[end, next)</c> is followed by an indented line (at least
    /// <see cref="ParagraphIndent"/> columns, a tab counting as that many): the paragraph start of hard-wrapped wire copy
    /// (<c>…stability after a protracted\n    "The banking climate…</c>), whose continuation lines start at the margin.
    /// </summary>
    private static bool IsIndentedLineStart(string text, int end, int next)
    {
        int lineBreak = -1;
        for (int k = end; k < next; k++)
        {
            if (CharClass.IsNewline(text[k]))
            {
                lineBreak = k;
            }
        }

        return lineBreak >= 0 && Indentation(text, lineBreak + 1, next) >= ParagraphIndent;
    }

    private static int Indentation(string text, int from, int to)
    {
        int columns = 0;
        for (int k = from; k < to && (text[k] == ' ' || text[k] == '\t'); k++)
        {
            columns += text[k] == '\t' ? ParagraphIndent : 1;
        }

        return columns;
    }

    private static bool HasBlankLine(string text, ReadOnlySpan<TokenRow> rows)
    {
        for (int i = 0; i + 1 < rows.Length; i++)
        {
            if ((rows[i].Traits & TokenTraits.NewlineAfter) != 0 && CountLineBreaks(text, rows[i].End, rows[i + 1].Start) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Line breaks in <c>[from, to)</c>, counting <c>\r\n</c> once.</summary>
    private static int CountLineBreaks(string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c == '\r' && k + 1 < to && text[k + 1] == '\n')
            {
                continue;
            }

            if (CharClass.IsNewline(c))
            {
                count++;
            }
        }

        return count;
    }
}
