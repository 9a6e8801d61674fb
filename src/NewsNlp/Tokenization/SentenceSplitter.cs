using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The rule-based sentence and paragraph splitter (the fallback of <see cref="LearnedSentenceSplitter"/>): paragraphs at
/// line breaks (see <see cref="ParagraphMode"/>); sentences after <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> (and the closing quotes
/// and brackets that follow them) when the next token does not start with a lower-case letter, and after an abbreviation
/// that ends a sentence (<c>U.S.</c>) when a common sentence opener follows.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private readonly SentenceSplitterOptions _options;

    /// <summary>Creates the splitter with default options.</summary>
    public SentenceSplitter()
        : this(SentenceSplitterOptions.Default)
    {
    }

    /// <summary>Creates the splitter with the given options.</summary>
    public SentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The shared default instance (thread-safe).</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public void Split(NewsDocument document, CancellationToken cancellationToken = default)
    {
        var decider = default(RuleDecider);
        SentenceAssembler.Split(document, ref decider, _options.ParagraphMode, cancellationToken);
    }

    /// <summary>The rules, usable by other deciders.</summary>
    internal readonly struct RuleDecider : IBoundaryDecider
    {
        public bool IsBoundary(in BoundaryContext context, int index)
        {
            ReadOnlySpan<TokenRow> rows = context.Rows;
            ref readonly TokenRow row = ref rows[index];
            ref readonly TokenRow next = ref rows[index + 1];
            if (IsFinalPunctuation(context, index))
            {
                return !IsCloser(context, index + 1) && NextStartsSentence(context, index + 1);
            }

            if (IsCloser(context, index))
            {
                int j = context.BeforeCloserRun;
                return j >= context.SentenceStart && IsFinalPunctuation(context, j) && !IsCloser(context, index + 1) && NextStartsSentence(context, index + 1);
            }

            if (row.Kind == TokenKind.Word && row.Length > 2 && context.Text[row.End - 1] == '.')
            {
                return next.Kind == TokenKind.Word && Lexicon.IsSentenceOpener(context.Chars(index + 1));
            }

            return false;
        }

        internal static bool IsFinalPunctuation(in BoundaryContext context, int index)
        {
            ref readonly TokenRow row = ref context.Rows[index];
            return row.Kind == TokenKind.Punctuation && context.Text[row.Start] is '.' or '!' or '?' or '\u2026';
        }

        internal static bool IsCloser(in BoundaryContext context, int index) => IsCloser(context.Text, context.Rows[index]);

        /// <summary>True when <paramref name="row"/> is a closing quote mark, a one-character clitic (<c>'</c>) or a closing bracket.</summary>
        internal static bool IsCloser(string text, in TokenRow row)
        {
            return (row.Kind == TokenKind.Quote && (row.Traits & TokenTraits.QuoteClose) != 0)
                || (row.Kind == TokenKind.Clitic && row.Length == 1)
                || (row.Length == 1 && text[row.Start] is ')' or ']' or '}');
        }

        private static bool NextStartsSentence(in BoundaryContext context, int index)
        {
            char f = context.Text[context.Rows[index].Start];
            return !CharClass.IsLower(f);
        }
    }
}
