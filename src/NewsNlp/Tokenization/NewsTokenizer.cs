using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The default English news tokenizer (PTB/UD conventions). Preliminary version: whitespace chunks, then punctuation
/// peeled from both ends and clitics split off.
/// </summary>
public sealed class NewsTokenizer : ITokenizer
{
    /// <summary>The shared default instance (thread-safe).</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <inheritdoc />
    public void Tokenize(string text, TokenTable tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < n && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            TokenizeChunk(text, start, i, tokens);
        }
    }

    private static void TokenizeChunk(string text, int start, int end, TokenTable tokens)
    {
        // Peel leading punctuation.
        while (start < end && IsPeelable(text[start]))
        {
            tokens.Add(Punct(text, start, 1));
            start++;
        }

        int suffixStart = end;
        while (suffixStart > start && IsPeelable(text[suffixStart - 1]))
        {
            suffixStart--;
        }

        if (suffixStart > start)
        {
            // Clitics.
            int core = suffixStart;
            int clitic = CliticStart(text, start, core);
            if (clitic > start)
            {
                tokens.Add(new TokenRow(start, clitic - start, Classify(text, start, clitic)));
                tokens.Add(new TokenRow(clitic, core - clitic, TokenKind.Clitic));
            }
            else
            {
                tokens.Add(new TokenRow(start, core - start, Classify(text, start, core)));
            }
        }

        for (int k = suffixStart; k < end; k++)
        {
            tokens.Add(Punct(text, k, 1));
        }
    }

    private static int CliticStart(string text, int start, int end)
    {
        int len = end - start;
        if (len > 3 && (text[end - 3] is 'n' or 'N') && text[end - 2] is '\'' or '\u2019' && (text[end - 1] is 't' or 'T'))
        {
            return end - 3;
        }

        if (len > 2 && text[end - 2] is '\'' or '\u2019' && char.ToLowerInvariant(text[end - 1]) is 's' or 'm' or 'd')
        {
            return end - 2;
        }

        if (len > 3 && text[end - 3] is '\'' or '\u2019')
        {
            string tail = text.Substring(end - 2, 2).ToLowerInvariant();
            if (tail is "ll" or "re" or "ve")
            {
                return end - 3;
            }
        }

        return start;
    }

    private static bool IsPeelable(char c) => char.IsPunctuation(c) || c is '$' or '€' or '£' or '`' or '\'' or '+' or '<' or '>' or '=' or '|' or '^' or '~';

    private static TokenRow Punct(string text, int start, int length)
    {
        char c = text[start];
        return c switch
        {
            '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '`' or '\u00AB' or '\u00BB' => new TokenRow(start, length, TokenKind.Quote, QuoteDirection(text, start, length)),
            '$' or '€' or '£' => new TokenRow(start, length, TokenKind.Symbol),
            _ => new TokenRow(start, length, TokenKind.Punctuation),
        };
    }

    private static TokenTraits QuoteDirection(string text, int start, int length)
    {
        char c = text[start];
        if (c is '\u201C' or '\u2018' or '\u00AB' or '`')
        {
            return TokenTraits.QuoteOpen;
        }

        if (c is '\u201D' or '\u00BB')
        {
            return TokenTraits.QuoteClose;
        }

        bool spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '\u2014';
        bool spaceAfter = start + length >= text.Length || char.IsWhiteSpace(text[start + length]) || char.IsPunctuation(text[start + length]);
        if (spaceBefore && !spaceAfter)
        {
            return TokenTraits.QuoteOpen;
        }

        return !spaceBefore && spaceAfter ? TokenTraits.QuoteClose : TokenTraits.None;
    }

    private static TokenKind Classify(string text, int start, int end)
    {
        bool digit = false, letter = false;
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                letter = true;
            }
        }

        return digit && !letter ? TokenKind.Number : letter ? TokenKind.Word : TokenKind.Other;
    }
}
