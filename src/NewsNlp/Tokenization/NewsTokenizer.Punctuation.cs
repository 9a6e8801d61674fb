using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

public sealed partial class NewsTokenizer
{
    private ref partial struct Scanner
    {
        /// <summary>Tokenizes from the non-alphanumeric character at <paramref name="p"/>; returns the position after the token.</summary>
        private int Punctuation(int p, int chunkStart, int end, CharFlags f)
        {
            string text = _text;
            char c = text[p];
            if ((f & (CharFlags.HighSurrogate | CharFlags.LowSurrogate)) != 0)
            {
                return Surrogate(p, end, f);
            }

            switch (c)
            {
                case '.':
                    if (p + 1 < end && CharClass.IsDigit(text[p + 1]) && (p == chunkStart || !CharClass.IsAlnum(text[p - 1])))
                    {
                        // A leading-decimal number: .5, .357
                        int e = p + 1;
                        while (e < end && (CharClass.IsDigit(text[e]) || (text[e] is '.' or ',' && e + 1 < end && CharClass.IsDigit(text[e + 1]))))
                        {
                            e++;
                        }

                        Emit(p, e - p, TokenKind.Number);
                        return e;
                    }

                    if (p + 1 < end && text[p + 1] == '.')
                    {
                        // An ellipsis of periods stands alone ("downtown...?" → "..." "?").
                        return Run(p, end, static ch => ch == '.', TokenKind.Punctuation);
                    }

                    return Run(p, end, static ch => ch is '.' or '!' or '?' or '\u2026', TokenKind.Punctuation);
                case '!':
                case '?':
                case '\u2026':
                    return Run(p, end, static ch => ch is '.' or '!' or '?' or '\u2026', TokenKind.Punctuation);
                case '"':
                    if (p > chunkStart && CharClass.IsLetter(text[p - 1]) && p + 1 < end && text[p + 1] is 's' or 'S' && (p + 2 >= end || !CharClass.IsAlnum(text[p + 2])))
                    {
                        // A double mark typed for an apostrophe (1987 wire copy: Japan"s) is the possessive clitic.
                        Emit(p, 2, TokenKind.Clitic);
                        return p + 2;
                    }

                    Emit(p, 1, TokenKind.Quote, DoubleDirection(p, 1, false, false));
                    return p + 1;
                case '`':
                    if (p + 1 < end && text[p + 1] == '`')
                    {
                        _doubleOpen = true;
                        Emit(p, 2, TokenKind.Quote, TokenTraits.QuoteOpen);
                        return p + 2;
                    }

                    return Apostrophe(p, chunkStart, end);
                case '\'':
                    if (p + 1 < end && text[p + 1] == '\'')
                    {
                        Emit(p, 2, TokenKind.Quote, DoubleDirection(p, 2, false, false));
                        return p + 2;
                    }

                    return Apostrophe(p, chunkStart, end);
                case '\u2019':
                    return Apostrophe(p, chunkStart, end);
                case '\u2018':
                case '\u201B':
                    _singleOpen = true;
                    Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteOpen);
                    return p + 1;
                case '\u201C':
                case '\u201E':
                case '\u201F':
                case '\u00AB':
                    Emit(p, 1, TokenKind.Quote, DoubleDirection(p, 1, true, false));
                    return p + 1;
                case '\u201D':
                case '\u00BB':
                    Emit(p, 1, TokenKind.Quote, DoubleDirection(p, 1, false, true));
                    return p + 1;
                case '\u2039':
                    Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteOpen);
                    return p + 1;
                case '\u203A':
                    Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteClose);
                    return p + 1;
                case '-':
                case '=':
                    if (c == '=' && TryEmoticon(p, end, out int emoEnd))
                    {
                        return emoEnd;
                    }

                    return Run(p, end, static ch => ch is '-' or '=', TokenKind.Punctuation);
                case '\u2014':
                case '\u2013':
                case '\u2015':
                    return Run(p, end, static ch => ch is '\u2014' or '\u2013' or '\u2015', TokenKind.Punctuation);
                case ':':
                case ';':
                    if (TryEmoticon(p, end, out int emoticonEnd))
                    {
                        return emoticonEnd;
                    }

                    Emit(p, 1, TokenKind.Punctuation);
                    return p + 1;
                case '#':
                    if (p + 1 < end && (CharClass.IsLetter(text[p + 1]) || text[p + 1] == '_') && (p == chunkStart || !CharClass.IsAlnum(text[p - 1])))
                    {
                        int e = TagEnd(p + 1, end, false);
                        Emit(p, e - p, TokenKind.Hashtag);
                        return e;
                    }

                    return Run(p, end, static ch => ch == '#', TokenKind.Symbol);
                case '@':
                    if (p + 1 < end && (CharClass.IsAlnum(text[p + 1]) || text[p + 1] == '_') && (p == chunkStart || !CharClass.IsAlnum(text[p - 1])))
                    {
                        int e = TagEnd(p + 1, end, true);
                        Emit(p, e - p, TokenKind.Handle);
                        return e;
                    }

                    Emit(p, 1, TokenKind.Symbol);
                    return p + 1;
                case '$':
                    return Run(p, end, static ch => ch == '$', TokenKind.Symbol);
                case '*':
                    return Run(p, end, static ch => ch == '*', TokenKind.Punctuation);
                case '_':
                    return Run(p, end, static ch => ch == '_', TokenKind.Punctuation);
                case '~':
                    return Run(p, end, static ch => ch == '~', TokenKind.Punctuation);
                case '<':
                    return Run(p, end, static ch => ch == '<', TokenKind.Symbol);
                case '>':
                    return Run(p, end, static ch => ch == '>', TokenKind.Symbol);
                case '\\':
                    return Run(p, end, static ch => ch == '\\', TokenKind.Symbol);
                case '/':
                    return Run(p, end, static ch => ch == '/', TokenKind.Punctuation);
                case '+':
                    return Run(p, end, static ch => ch == '+', TokenKind.Symbol);
                case '^':
                    return Run(p, end, static ch => ch == '^', TokenKind.Symbol);
                case '|':
                    return Run(p, end, static ch => ch == '|', TokenKind.Symbol);
                default:
                    break;
            }

            if ((f & CharFlags.Punct) != 0)
            {
                Emit(p, 1, TokenKind.Punctuation);
                return p + 1;
            }

            if ((f & CharFlags.Symbol) != 0)
            {
                int e = SequenceEnd(p + 1, end);
                Emit(p, e - p, c is >= '\u2600' and <= '\u27BF' ? TokenKind.Emoji : TokenKind.Symbol);
                return e;
            }

            Emit(p, 1, TokenKind.Other);
            return p + 1;
        }

        /// <summary>A maximal run of characters accepted by <paramref name="accept"/> as one token.</summary>
        private readonly int Run(int p, int end, Func<char, bool> accept, TokenKind kind)
        {
            string text = _text;
            int e = p + 1;
            while (e < end && accept(text[e]))
            {
                e++;
            }

            Emit(p, e - p, kind);
            return e;
        }

        /// <summary>End of a hashtag or handle body: letters, digits, underscores (handles also take inner <c>.host</c> parts).</summary>
        private readonly int TagEnd(int p, int end, bool allowDots)
        {
            string text = _text;
            int e = p;
            while (e < end)
            {
                char c = text[e];
                if (CharClass.IsAlnum(c) || c == '_')
                {
                    e++;
                }
                else if (allowDots && c == '.' && e + 1 < end && CharClass.IsAlnum(text[e + 1]))
                {
                    e++;
                }
                else
                {
                    break;
                }
            }

            return e;
        }

        /// <summary>Extends a symbol or emoji over variation selectors, skin-tone modifiers and zero-width-joiner sequences.</summary>
        private readonly int SequenceEnd(int e, int end)
        {
            string text = _text;
            while (e < end)
            {
                char c = text[e];
                if (c is >= '\uFE00' and <= '\uFE0F' or '\u20E3')
                {
                    e++;
                }
                else if (c == '\u200D' && e + 2 < end && char.IsHighSurrogate(text[e + 1]) && char.IsLowSurrogate(text[e + 2]))
                {
                    e += 3;
                }
                else if (c == '\u200D' && e + 1 < end && (CharClass.Of(text[e + 1]) & CharFlags.Symbol) != 0)
                {
                    e += 2;
                }
                else if (c == '\uD83C' && e + 1 < end && text[e + 1] is >= '\uDFFB' and <= '\uDFFF')
                {
                    e += 2;
                }
                else
                {
                    break;
                }
            }

            return e;
        }

        private readonly int Surrogate(int p, int end, CharFlags f)
        {
            string text = _text;
            if ((f & CharFlags.HighSurrogate) != 0 && p + 1 < end && char.IsLowSurrogate(text[p + 1]))
            {
                int codePoint = char.ConvertToUtf32(text[p], text[p + 1]);
                int e = p + 2;
                bool regionalIndicator = codePoint is >= 0x1F1E6 and <= 0x1F1FF;
                if (regionalIndicator && e + 1 < end && text[e] == '\uD83C' && text[e + 1] is >= '\uDDE6' and <= '\uDDFF')
                {
                    e += 2;
                }

                bool emoji = codePoint is >= 0x1F000 and <= 0x1FAFF;
                if (emoji)
                {
                    e = SequenceEnd(e, end);
                }

                Emit(p, e - p, emoji ? TokenKind.Emoji : char.IsLetterOrDigit(text, p) ? TokenKind.Word : TokenKind.Other);
                return e;
            }

            Emit(p, 1, TokenKind.Other);
            return p + 1;
        }

        /// <summary>Emoticons: <c>:)</c>, <c>:-(</c>, <c>;)</c>, <c>:P</c>, <c>=)</c>, followed by the end of the chunk or punctuation.</summary>
        private readonly bool TryEmoticon(int p, int end, out int emoticonEnd)
        {
            string text = _text;
            emoticonEnd = p;
            int e = p + 1;
            if (e < end && text[e] is '-' or '\'' or 'o' or '^')
            {
                e++;
            }

            if (e >= end || text[e] is not (')' or '(' or ']' or '[' or 'D' or 'P' or 'p' or 'O' or '/' or '\\' or '|' or '*' or '3' or '@' or '$' or '?'))
            {
                return false;
            }

            char mouth = text[e];
            e++;
            while (e < end && text[e] == mouth && mouth is ')' or '(')
            {
                e++;
            }

            if (e < end && (CharClass.IsAlnum(text[e]) || (mouth is '/' && text[e] == '/')))
            {
                return false;
            }

            // ":(" after a word is more likely a colon before a parenthesis.
            if (p > 0 && CharClass.IsAlnum(text[p - 1]) && mouth is '(' or '[' or '/' or '\\' or '|' or '$' or '@' or '*' or '?')
            {
                return false;
            }

            Emit(p, e - p, TokenKind.Symbol);
            emoticonEnd = e;
            return true;
        }

        /// <summary>Direction of a double quote mark at <paramref name="p"/> from its neighbours and the open-quote state.</summary>
        private TokenTraits DoubleDirection(int p, int length, bool curlyOpen, bool curlyClose)
        {
            string text = _text;
            bool openContext = p == 0 || IsOpeningContext(text[p - 1]);
            int after = p + length;
            bool closeContext = after >= text.Length || IsClosingContext(text[after]);
            bool open;
            if (curlyOpen)
            {
                open = !(closeContext && !openContext && _doubleOpen);
            }
            else if (curlyClose)
            {
                open = openContext && !closeContext && !_doubleOpen;
            }
            else if (openContext != closeContext)
            {
                open = openContext;
            }
            else
            {
                open = !_doubleOpen;
            }

            _doubleOpen = open;
            return open ? TokenTraits.QuoteOpen : TokenTraits.QuoteClose;
        }

        private static bool IsOpeningContext(char c) =>
            CharClass.IsSpace(c) || c is '(' or '[' or '{' or '<' or '\u201C' or '\u2018' or '\'' or '`' or '\u2014' or '\u2013' or '-' or '/' or ':';

        private static bool IsClosingContext(char c) =>
            CharClass.IsSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '\u201D' or '\u2019' or '\'' or '\u2014' or '\u2013' or '-' or '\u2026';

        /// <summary>A single apostrophe or single quote mark (<c>'</c>, <c>’</c>, <c>`</c>) not inside a word.</summary>
        private int Apostrophe(int p, int chunkStart, int end)
        {
            string text = _text;
            bool prevAlnum = p > chunkStart && CharClass.IsAlnum(text[p - 1]);
            bool nextAlnum = p + 1 < end && CharClass.IsAlnum(text[p + 1]);
            if (!prevAlnum && nextAlnum)
            {
                int e = p + 1;
                while (e < end && CharClass.IsAlnum(text[e]) && e - p <= 8)
                {
                    e++;
                }

                bool wordEnds = e >= end || !CharClass.IsAlnum(text[e]);
                int len = e - p - 1;
                if (wordEnds && len >= 2 && CharClass.IsDigit(text[p + 1]) && CharClass.IsDigit(text[p + 2])
                    && (len == 2 || (len == 3 && text[p + 3] is 's' or 'S')))
                {
                    Emit(p, e - p, TokenKind.Number);
                    return e;
                }

                if (wordEnds && Lexicon.IsApostropheWord(text.AsSpan(p + 1, len)) && (e >= end || !CharClass.IsApostrophe(text[e]) || _singleOpen))
                {
                    Emit(p, e - p, len == 1 && text[p + 1] is 's' or 'S' ? TokenKind.Clitic : TokenKind.Word);
                    return e;
                }

                _singleOpen = true;
                Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteOpen);
                return p + 1;
            }

            if (prevAlnum)
            {
                if (_singleOpen)
                {
                    _singleOpen = false;
                    Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteClose);
                }
                else if (text[p - 1] is 's' or 'S' or 'z' or 'x')
                {
                    Emit(p, 1, TokenKind.Clitic);
                }
                else
                {
                    Emit(p, 1, TokenKind.Quote, TokenTraits.QuoteClose);
                }

                return p + 1;
            }

            bool openContext = p == 0 || IsOpeningContext(text[p - 1]);
            bool closeContext = p + 1 >= text.Length || IsClosingContext(text[p + 1]);
            bool open = openContext != closeContext ? openContext : !_singleOpen;
            if (text[p] == '\u2019' && !(openContext && !closeContext))
            {
                open = false;
            }

            _singleOpen = open;
            Emit(p, 1, TokenKind.Quote, open ? TokenTraits.QuoteOpen : TokenTraits.QuoteClose);
            return p + 1;
        }
    }
}
