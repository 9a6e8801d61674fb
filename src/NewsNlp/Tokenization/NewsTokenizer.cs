using System.Runtime.CompilerServices;
using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The default English news tokenizer, following Universal Dependencies English (EWT/GUM) and Penn Treebank conventions:
/// clitics split (<c>do</c> <c>n't</c>, <c>John</c> <c>'s</c>), abbreviations, initials and acronyms keep their period
/// (<c>Mr.</c>, <c>U.S.</c>, <c>J.</c>), numbers stay whole (<c>1,200.50</c>, <c>10:30</c>, <c>21st</c>) with currency and percent
/// signs split off, URLs, e-mail addresses, @handles and #hashtags whole, quote marks classified as opening or closing.
/// </summary>
/// <remarks>
/// A single left-to-right pass over the text with a character-class lookup table: no regular expressions, no backtracking,
/// no allocation per token (the <see cref="TokenTable"/> grows amortised). Time is linear in the text length for any input.
/// Thread-safe: all per-call state lives on the stack.
/// </remarks>
public sealed partial class NewsTokenizer : ITokenizer
{
    private const int CancellationStride = 1 << 16;

    private readonly TokenizerOptions _options;

    /// <summary>Creates a tokenizer with default options.</summary>
    public NewsTokenizer()
        : this(TokenizerOptions.Default)
    {
    }

    /// <summary>Creates a tokenizer with the given options.</summary>
    public NewsTokenizer(TokenizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The shared default instance (thread-safe).</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <summary>The options in use.</summary>
    public TokenizerOptions Options => _options;

    /// <inheritdoc />
    public void Tokenize(string text, TokenTable tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var scanner = new Scanner(text, tokens, _options, cancellationToken);
        scanner.Run();
    }

    /// <summary>Per-call state: the text, the output table, quote nesting and the cancellation clock.</summary>
    private ref partial struct Scanner
    {
        private readonly string _text;
        private readonly TokenTable _tokens;
        private readonly bool _splitHyphens;
        private readonly bool _splitInformal;
        private readonly CancellationToken _cancellationToken;
        private readonly int _firstToken;
        private int _nextCheck;
        private bool _doubleOpen;
        private bool _singleOpen;

        public Scanner(string text, TokenTable tokens, TokenizerOptions options, CancellationToken cancellationToken)
        {
            _text = text;
            _tokens = tokens;
            _splitHyphens = options.SplitHyphens;
            _splitInformal = options.SplitInformalContractions;
            _cancellationToken = cancellationToken;
            _firstToken = tokens.Count;
            _nextCheck = 0;
            _doubleOpen = false;
            _singleOpen = false;
        }

        public void Run()
        {
            string text = _text;
            int n = text.Length;
            int i = 0;
            _cancellationToken.ThrowIfCancellationRequested();
            _nextCheck = CancellationStride;
            while (i < n)
            {
                char c = text[i];
                if (CharClass.IsSpace(c))
                {
                    bool newline = false;
                    while (i < n && CharClass.IsSpace(text[i]))
                    {
                        newline |= CharClass.IsNewline(text[i]);
                        i++;
                    }

                    if (newline && _tokens.Count > _firstToken)
                    {
                        Span<TokenRow> rows = _tokens.MutableRows;
                        rows[^1] = rows[^1].WithTraits(TokenTraits.NewlineAfter);
                    }

                    continue;
                }

                int chunkStart = i;
                while (i < n && !CharClass.IsSpace(text[i]))
                {
                    i++;
                }

                Chunk(chunkStart, i);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void CheckCancellation(int position)
        {
            if (position >= _nextCheck)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _nextCheck = position + CancellationStride;
            }
        }

        private readonly void Emit(int start, int length, TokenKind kind, TokenTraits traits = TokenTraits.None) =>
            _tokens.Add(new TokenRow(start, length, kind, traits));

        /// <summary>Tokenizes the non-space run <c>[start, end)</c>.</summary>
        private void Chunk(int start, int end)
        {
            string text = _text;

            // Fast path: a plain word or number (the common case).
            int k = start;
            CharFlags all = CharFlags.None;
            while (k < end)
            {
                CharFlags f = CharClass.Of(text[k]);
                if ((f & CharFlags.Alnum) == 0)
                {
                    break;
                }

                all |= f;
                k++;
            }

            if (k == end && !(_splitInformal && end - start <= 8 && Lexicon.InformalSplit(text.AsSpan(start, end - start)) > 0)
                && !(CharClass.IsDigit(text[start]) && CharClass.IsLetter(text[end - 1])))
            {
                CheckCancellation(start);
                Emit(start, end - start, CharClass.IsDigit(text[start]) && (all & CharFlags.Digit) != 0 ? TokenKind.Number : TokenKind.Word);
                return;
            }

            int p = start;
            while (p < end)
            {
                CheckCancellation(p);
                char c = text[p];
                CharFlags f = CharClass.Of(c);
                if ((f & CharFlags.Alnum) != 0)
                {
                    p = (f & CharFlags.Letter) != 0 && TryUrl(p, end, out int urlEnd) ? EmitUrl(p, urlEnd) : WordRun(p, start, end);
                }
                else
                {
                    p = Punctuation(p, start, end, f);
                }
            }
        }

        private readonly int EmitUrl(int p, int end)
        {
            Emit(p, end - p, TokenKind.Url);
            return end;
        }

        /// <summary>Recognises <c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>www.</c> at <paramref name="p"/>; the URL ends before trailing punctuation.</summary>
        private readonly bool TryUrl(int p, int end, out int urlEnd)
        {
            urlEnd = p;
            ReadOnlySpan<char> rest = _text.AsSpan(p, end - p);
            int scheme;
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                scheme = 7;
            }
            else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                scheme = 8;
            }
            else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            {
                scheme = 6;
            }
            else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                scheme = 4;
            }
            else
            {
                return false;
            }

            if (rest.Length <= scheme || !CharClass.IsAlnum(rest[scheme]))
            {
                return false;
            }

            int e = end;
            int open = 0;
            for (int k = p; k < end; k++)
            {
                if (_text[k] == '(')
                {
                    open++;
                }
            }

            while (e > p + scheme)
            {
                char c = _text[e - 1];
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '\u2019' or '\u201D' or ']' or '}' or '>' or '\u00BB' or '*')
                {
                    e--;
                }
                else if (c == ')' && open == 0)
                {
                    e--;
                }
                else
                {
                    break;
                }
            }

            urlEnd = e;
            return true;
        }

        /// <summary>
        /// A run of letters and digits with inner connectors (<c>. , : ' - / &amp; _ + @</c> between two alnum characters),
        /// split at hyphens, slashes and clitics as UD does. Returns the position after the last character consumed.
        /// </summary>
        private int WordRun(int p, int chunkStart, int end)
        {
            string text = _text;
            int q = p;
            bool hasAt = false, onlyDigitsAndHyphens = true, hasSplitter = false;
            while (q < end)
            {
                char c = text[q];
                CharFlags f = CharClass.Of(c);
                if ((f & CharFlags.Alnum) != 0)
                {
                    if ((f & CharFlags.Digit) == 0)
                    {
                        onlyDigitsAndHyphens = false;
                    }

                    q++;
                    continue;
                }

                if (q + 1 >= end)
                {
                    break;
                }

                char next = text[q + 1];
                bool nextAlnum = CharClass.IsAlnum(next);
                if (c == '.' && next == '.')
                {
                    // Obfuscated e-mail "name...@host.com": dots then '@'.
                    int d = q + 1;
                    while (d < end && text[d] == '.' && d - q < 8)
                    {
                        d++;
                    }

                    if (d + 1 < end && text[d] == '@' && CharClass.IsAlnum(text[d + 1]))
                    {
                        hasAt = true;
                        onlyDigitsAndHyphens = false;
                        q = d + 1;
                        continue;
                    }

                    break;
                }

                if (!nextAlnum)
                {
                    break;
                }

                char prev = text[q - 1];
                switch (c)
                {
                    case '.':
                        onlyDigitsAndHyphens = false;
                        break;
                    case ',':
                    case ':':
                        if (!CharClass.IsDigit(prev) || !CharClass.IsDigit(next))
                        {
                            goto Stop;
                        }

                        onlyDigitsAndHyphens = false;
                        break;
                    case '@':
                        hasAt = true;
                        onlyDigitsAndHyphens = false;
                        break;
                    case '-':
                        hasSplitter = true;
                        break;
                    case '/':
                    case '&':
                        hasSplitter = true;
                        onlyDigitsAndHyphens = false;
                        break;
                    case '_':
                    case '+':
                    case '\'':
                    case '\u2019':
                    case '`':
                    case '\u00B4':
                        onlyDigitsAndHyphens = false;
                        break;
                    default:
                        goto Stop;
                }

                q++;
            }

        Stop:
            if (hasAt)
            {
                Emit(p, q - p, TokenKind.Email);
                return q;
            }

            // Split the run into pieces.
            int pieceStart = p;
            if (hasSplitter && onlyDigitsAndHyphens && IsNumberRange(p, q, out int hyphen))
            {
                // 1-7, 13-17, 1998-2000: a range, split as UD does (phone numbers and codes stay whole).
                Emit(p, hyphen - p, TokenKind.Number);
                Emit(hyphen, 1, TokenKind.Punctuation);
                pieceStart = hyphen + 1;
            }
            else if (hasSplitter && !onlyDigitsAndHyphens)
            {
                for (int k = p + 1; k < q - 1; k++)
                {
                    char c = text[k];
                    if (c is not ('-' or '/' or '&'))
                    {
                        continue;
                    }

                    if (!KeepJoined(c, k, pieceStart, q))
                    {
                        Piece(pieceStart, k);
                        Emit(k, 1, c == '&' ? TokenKind.Symbol : TokenKind.Punctuation);
                        pieceStart = k + 1;
                    }
                }
            }

            // What follows the run: an abbreviation's period, or a trailing hyphen of a cut-off word ("pre-", "Shobha-").
            int pieceEnd = q;
            if (q < end)
            {
                char after = text[q];
                // "Inc.." keeps one period for the abbreviation and leaves the sentence's period.
                if (after == '.' && (q + 1 >= end || text[q + 1] != '.' || q + 2 >= end || text[q + 2] != '.') && TakesPeriod(pieceStart, q, end))
                {
                    pieceEnd = q + 1;
                }
                else if (after == '-' && CharClass.IsLetter(text[q - 1])
                    && ((q + 1 == end && (q - pieceStart <= 3 || Lexicon.IsHyphenPrefix(text.AsSpan(pieceStart, q - pieceStart))))
                        || (q + 1 < end && text[q + 1] is ',' or '.' or '?' or '!' or ';' or ':' or ')')))
                {
                    // A cut-off word or a prefix standing alone: "pre- and post-war", "wh-", "Shobha-."; but "service - high".
                    pieceEnd = q + 1;
                }
            }

            Piece(pieceStart, pieceEnd);
            return pieceEnd;
        }

        /// <summary>
        /// True when the digits-and-hyphens run <c>[start, end)</c> is a range: one hyphen, 1 to 4 digits on each side, lengths
        /// differing by at most one or 4-2 (<c>3-5</c>, <c>13-17</c>, <c>1998-2000</c>, <c>1998-99</c>; not <c>3-5213</c>, <c>853-3242</c> or <c>212-848-8400</c>).
        /// </summary>
        private readonly bool IsNumberRange(int start, int end, out int hyphen)
        {
            hyphen = -1;
            for (int k = start; k < end; k++)
            {
                if (_text[k] == '-')
                {
                    if (hyphen >= 0)
                    {
                        return false;
                    }

                    hyphen = k;
                }
            }

            int left = hyphen - start, right = end - hyphen - 1;
            bool phone = left == 3 && right == 4;
            return hyphen > start && left <= 4 && right is >= 1 and <= 4 && !phone && (Math.Abs(left - right) <= 1 || (left == 4 && right == 2));
        }

        /// <summary>True when the connector at <paramref name="k"/> keeps its neighbours in one token.</summary>
        private readonly bool KeepJoined(char c, int k, int pieceStart, int runEnd)
        {
            string text = _text;
            char prev = text[k - 1], next = text[k + 1];
            switch (c)
            {
                case '-':
                    if (!_splitHyphens)
                    {
                        return true;
                    }

                    if (CharClass.IsDigit(prev) && CharClass.IsDigit(next))
                    {
                        return true;
                    }

                    return Lexicon.IsHyphenPrefix(text.AsSpan(pieceStart, k - pieceStart));
                case '/':
                    if (CharClass.IsDigit(prev) && CharClass.IsDigit(next))
                    {
                        return true;
                    }

                    // b/c, w/o, a/c: single letters on both sides.
                    return k - 1 == pieceStart && (k + 2 >= runEnd || !CharClass.IsAlnum(text[k + 2]));
                default:
                    return CharClass.IsUpper(prev) && CharClass.IsUpper(next);
            }
        }

        /// <summary>True when the period after the piece <c>[start, end)</c> belongs to it (abbreviation, initial, acronym).</summary>
        private readonly bool TakesPeriod(int start, int end, int chunkEnd)
        {
            string text = _text;
            int length = end - start;
            if (length == 1)
            {
                return CharClass.IsLetter(text[start]);
            }

            // Acronyms and Latin abbreviations with inner periods: U.S, e.g, a.m, Ph.D, U.S.G (letter groups of at most 2).
            bool innerDot = false, letters = true;
            int group = 0, maxGroup = 0;
            for (int k = start; k < end; k++)
            {
                char c = text[k];
                if (c == '.')
                {
                    innerDot = true;
                    group = 0;
                }
                else if (CharClass.IsLetter(c))
                {
                    group++;
                    maxGroup = Math.Max(maxGroup, group);
                }
                else
                {
                    letters = false;
                    break;
                }
            }

            if (innerDot)
            {
                return letters && maxGroup <= 2;
            }

            if (!letters || length > 8)
            {
                return false;
            }

            bool beforeNumber = false;
            int after = end + 1;
            if (after == chunkEnd)
            {
                int s = after;
                while (s < text.Length && CharClass.IsSpace(text[s]))
                {
                    s++;
                }

                beforeNumber = s > after && s < text.Length && CharClass.IsDigit(text[s]);
            }

            ReadOnlySpan<char> stem = text.AsSpan(start, length);
            if (!beforeNumber && AllCapsAcronym.IsAcronymNotMonth(text, start, stem))
            {
                return false;
            }

            return Lexicon.IsAbbreviation(stem, beforeNumber);
        }

        /// <summary>Emits a word piece, splitting a final clitic (<c>n't</c>, <c>'s</c>, <c>'ll</c> …) or an informal contraction.</summary>
        private readonly void Piece(int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            string text = _text;
            int length = end - start;
            TokenKind kind = CharClass.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
            if (length >= 3)
            {
                char last = text[end - 1];
                char second = text[end - 2];
                int split = -1;
                if ((last is 't' or 'T') && CharClass.IsApostrophe(second) && (text[end - 3] is 'n' or 'N') && length > 3)
                {
                    split = end - 3;
                }
                else if (CharClass.IsApostrophe(second) && (last is 's' or 'S' or 'm' or 'M' or 'd' or 'D'))
                {
                    split = end - 2;
                }
                else if (length > 3 && CharClass.IsApostrophe(text[end - 3])
                    && (((second is 'l' or 'L') && (last is 'l' or 'L')) || ((second is 'r' or 'R') && (last is 'e' or 'E')) || ((second is 'v' or 'V') && (last is 'e' or 'E'))))
                {
                    split = end - 3;
                }

                if (split > start)
                {
                    Emit(start, split - start, kind);
                    Emit(split, end - split, TokenKind.Clitic);
                    return;
                }
            }

            if (kind == TokenKind.Number && CharClass.IsLetter(text[end - 1]))
            {
                // 375mm, 39K, 5bn, 10am → number + unit (UD); 21st, 1990s, 3G stay whole.
                int digits = start;
                while (digits < end && (CharClass.IsDigit(text[digits]) || (text[digits] is '.' or ',' && digits + 1 < end && CharClass.IsDigit(text[digits + 1]))))
                {
                    digits++;
                }

                if (digits < end && Lexicon.IsUnit(text.AsSpan(digits, end - digits)))
                {
                    Emit(start, digits - start, TokenKind.Number);
                    Emit(digits, end - digits, TokenKind.Word);
                    return;
                }
            }

            if (_splitInformal && length <= 8 && CharClass.IsLetter(text[start]))
            {
                int informal = Lexicon.InformalSplit(text.AsSpan(start, length));
                if (informal > 0)
                {
                    Emit(start, informal, TokenKind.Word);
                    Emit(start + informal, length - informal, TokenKind.Clitic);
                    return;
                }
            }

            Emit(start, length, kind);
        }
    }
}
