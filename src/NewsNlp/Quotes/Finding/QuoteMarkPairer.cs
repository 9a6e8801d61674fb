using System.Buffers;
using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds quotations on characters: classifies every quote mark as opening, closing, ambiguous or an apostrophe from its
/// glyph and its neighbours, then pairs marks paragraph by paragraph. Handles curly, straight, NYT <c>''</c>/<c>``</c>,
/// single and guillemet marks; apostrophes in words (don't, Reuters', '90s), a straight double mark typed for the
/// possessive apostrophe (<c>Japan"s</c>) and inch marks (6'2") are not quote marks;
/// a quote that runs over several paragraphs (each opens, only the last closes) is one quotation; a stray or wrong-way
/// mark never loses the rest of the paragraph; marks inside a markup tag (<c>&lt;A HREF="…"&gt;</c>, see
/// <see cref="Finding.MarkupTag"/>) are none. Linear in the text length.
/// </summary>
public static class QuoteMarkPairer
{
    private static readonly SearchValues<char> MarkChars = SearchValues.Create("\"“”„‘’'`«»‟");

    private enum Role : byte
    {
        None,
        Open,
        Close,
        Ambiguous,
    }

    /// <summary>Appends the quotations of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="paragraphs">Paragraph character spans, in order; quotes never pair across them except as multi-paragraph quotes.</param>
    /// <param name="output">Receives the quotations.</param>
    /// <param name="cancellationToken">Checked once per paragraph.</param>
    public static void Find(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSpan> output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(output);

        // An open double quote carried over from the previous paragraph (multi-paragraph quotation).
        List<TextSpan>? carried = null;
        TextSpan carriedOpen = default;
        bool carriedWrongWay = false;

        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TextSpan para = paragraphs[p];
            int pStart = para.Start, pEnd = Math.Min(para.End, text.Length);

            int doubleOpen = -1, doubleOpenLength = 0;
            bool doubleWrongWay = false;
            TextSpan firstOpen = default;
            int singleOpen = -1;
            List<TextSpan>? spans = null;
            bool firstMark = true;

            int i = pStart;
            while (i < pEnd)
            {
                int rel = text.AsSpan(i, pEnd - i).IndexOfAny(MarkChars);
                if (rel < 0)
                {
                    break;
                }

                i += rel;
                int length = MarkLength(text, i, pEnd);
                if (Finding.MarkupTag.Encloses(text, i, pStart))
                {
                    // <A HREF="…">, &lt;FONT size="-2"&gt;: an attribute value's marks quote no one.
                    i += length;
                    continue;
                }

                bool isSingle = length == 1 && text[i] is '‘' or '’' or '\'' or '`';
                Role role = Classify(text, i, length, pStart, pEnd, out bool inch);
                bool atStart = firstMark && IsOnlyWhitespace(text, pStart, i);
                firstMark = false;

                if (role == Role.None)
                {
                    i += length;
                    continue;
                }

                if (!isSingle)
                {
                    if (carried is not null && atStart)
                    {
                        // The paragraph reopens a quotation that the previous paragraph left open.
                        doubleOpen = i;
                        doubleOpenLength = length;
                        spans = carried;
                        firstOpen = carriedOpen;
                        doubleWrongWay = carriedWrongWay;
                        carried = null;
                        i += length;
                        continue;
                    }

                    if (doubleOpen < 0)
                    {
                        if (inch)
                        {
                            i += length;
                            continue;
                        }

                        if (role is Role.Open or Role.Ambiguous || atStart)
                        {
                            doubleOpen = i;
                            doubleOpenLength = length;
                            doubleWrongWay = role == Role.Close || text[i] == '”';
                            firstOpen = new TextSpan(i, i + length);
                            spans = null;
                            singleOpen = -1;
                        }

                        // A stray closing mark with nothing open is ignored.
                    }
                    else if (role is Role.Close or Role.Ambiguous || inch)
                    {
                        Emit(text, output, spans, firstOpen, new TextSpan(doubleOpen, doubleOpen + doubleOpenLength), new TextSpan(i, i + length), false, false, doubleWrongWay);
                        doubleOpen = -1;
                        spans = null;
                    }
                    else
                    {
                        // A new opening mark while one is open: the earlier quotation never closed; end it here, or at its
                        // last sentence end when a lead-in of the new one follows that ('… a Muslim. He added: "…').
                        int end = Finding.UnclosedQuoteEnd.BeforeLeadIn(text, doubleOpen + doubleOpenLength, i);
                        Emit(text, output, spans, firstOpen, new TextSpan(doubleOpen, doubleOpen + doubleOpenLength), new TextSpan(end, end), false, true, doubleWrongWay);
                        doubleOpen = i;
                        doubleOpenLength = length;
                        doubleWrongWay = false;
                        firstOpen = new TextSpan(i, i + length);
                        spans = null;
                    }
                }
                else if (doubleOpen < 0)
                {
                    if (role == Role.Open || (role == Role.Ambiguous && singleOpen < 0))
                    {
                        singleOpen = i;
                    }
                    else if (role is Role.Close or Role.Ambiguous && singleOpen >= 0)
                    {
                        var so = new TextSpan(singleOpen, singleOpen + 1);
                        Emit(text, output, null, so, so, new TextSpan(i, i + 1), true, false, false);
                        singleOpen = -1;
                    }
                }

                // Single marks inside a double quotation are nested quotes: they do not change the outer pairing.
                i += length;
            }

            if (doubleOpen >= 0)
            {
                var open = new TextSpan(doubleOpen, doubleOpen + doubleOpenLength);
                if (p + 1 < paragraphs.Count && StartsWithDoubleMark(text, paragraphs[p + 1]) && !OpensWithSpeakerLabel(text, paragraphs[p + 1]))
                {
                    spans ??= [];
                    TextSpan piece = new TextSpan(open.End, pEnd).TrimWhiteSpace(text);
                    if (!piece.IsEmpty)
                    {
                        spans.Add(piece);
                    }

                    carried = spans;
                    carriedOpen = firstOpen;
                    carriedWrongWay = doubleWrongWay;
                }
                else
                {
                    Emit(text, output, spans, firstOpen, open, new TextSpan(pEnd, pEnd), false, true, doubleWrongWay);
                }
            }
            else if (carried is not null)
            {
                // The next paragraph did not reopen after all (its first mark was not a quote opener): close what we carried.
                Flush(output, carried, carriedOpen, pStart, carriedWrongWay);
                carried = null;
            }
        }

        if (carried is not null && carried.Count > 0)
        {
            Flush(output, carried, carriedOpen, carried[^1].End, carriedWrongWay);
        }
    }

    private static void Flush(List<QuotedSpan> output, List<TextSpan> carried, TextSpan open, int end, bool wrongWay)
    {
        if (carried.Count > 0)
        {
            output.Add(new QuotedSpan(carried.ToArray(), open, new TextSpan(end, end), false, true, wrongWay));
        }
    }

    private static void Emit(string text, List<QuotedSpan> output, List<TextSpan>? spans, TextSpan firstOpen, TextSpan open, TextSpan close, bool single, bool unclosed, bool wrongWay)
    {
        TextSpan last = new TextSpan(open.End, close.Start).TrimWhiteSpace(text);
        if (!last.IsEmpty && !HasLetterOrDigit(text, last))
        {
            last = new TextSpan(last.Start, last.Start);
        }

        TextSpan[] content;
        if (spans is null || spans.Count == 0)
        {
            if (last.IsEmpty)
            {
                return;
            }

            content = [last];
        }
        else
        {
            // Multi-paragraph: the first span's opening mark is the quotation's opening mark.
            content = last.IsEmpty ? [.. spans] : [.. spans, last];
        }

        output.Add(new QuotedSpan(content, firstOpen, close, single, unclosed, wrongWay));
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnlyWhitespace(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>"PENCE: Well, …</c>: a paragraph opening a transcript turn (a name in capitals and a colon after the mark)
    /// starts a new quotation rather than continuing the previous paragraph's.
    /// </summary>
    private static bool OpensWithSpeakerLabel(string text, TextSpan para)
    {
        int k = para.Start;
        while (k < para.End && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '”' or '\'' or '`'))
        {
            k++;
        }

        int letters = 0;
        for (int end = Math.Min(para.End, k + 40); k < end; k++)
        {
            char c = text[k];
            if (c == ':')
            {
                return letters >= 2;
            }

            if (char.IsLower(c) || !(char.IsUpper(c) || c is ' ' or '.' or '-' or '\''))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return false;
    }

    private static bool StartsWithDoubleMark(string text, TextSpan para)
    {
        int k = para.Start;
        while (k < para.End && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= para.End)
        {
            return false;
        }

        char c = text[k];
        return c is '"' or '“' or '”' or '„' or '«' || (c is '\'' or '`' && k + 1 < para.End && text[k + 1] == c);
    }

    private static int MarkLength(string text, int i, int end) =>
        text[i] is '\'' or '`' && i + 1 < end && text[i + 1] == text[i] ? 2 : 1;

    private static bool OpensBefore(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '\u2026' or ':' or '"' or '“' or '‘' or '«';

    private static bool ClosesAfter(char c) => char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '\u2026' or '"' or '”' or '’' or '\'' or '»';

    private static Role Classify(string text, int i, int length, int pStart, int pEnd, out bool inch)
    {
        inch = false;
        char c = text[i];
        char before = i > pStart ? text[i - 1] : ' ';
        char after = i + length < pEnd ? text[i + length] : ' ';
        bool openCtx = OpensBefore(before);
        bool closeCtx = ClosesAfter(after);
        Role byContext = openCtx && !closeCtx ? Role.Open : !openCtx && closeCtx ? Role.Close : Role.Ambiguous;

        if (length == 2)
        {
            // NYT '' (both directions) and `` (opening).
            return c == '`' ? Role.Open : byContext;
        }

        switch (c)
        {
            case '"':
            case '‟':
                if (c == '"' && char.IsLetter(before) && after is 's' or 'S' && (i + 2 >= pEnd || !char.IsLetterOrDigit(text[i + 2])))
                {
                    // Typed for an apostrophe (1987 wire copy: Japan"s, dollar"s).
                    return Role.None;
                }

                inch = char.IsAsciiDigit(before) && closeCtx;
                return byContext;
            case '“':
            case '„':
            case '«':
                return byContext == Role.Close ? Role.Close : Role.Open;
            case '”':
            case '»':
                return byContext == Role.Open ? Role.Open : Role.Close;
            case '`':
                return char.IsLetterOrDigit(before) ? Role.None : Role.Open;
            case '‘':
                if ((char.IsLetter(before) && char.IsLetter(after)) || char.IsAsciiDigit(after))
                {
                    return Role.None;
                }

                return byContext == Role.Close ? Role.Close : Role.Open;
            default:
                // ’ and ' : apostrophe inside words, before years ('90s), after digits (6'2"), and in contractions.
                if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                {
                    return Role.None;
                }

                if (char.IsAsciiDigit(after) || char.IsAsciiDigit(before))
                {
                    return Role.None;
                }

                if (openCtx && !closeCtx)
                {
                    return !IsContractionStart(text, i + 1, pEnd) ? Role.Open : Role.None;
                }

                return !openCtx && closeCtx ? Role.Close : Role.None;
        }
    }

    // 'em, 'til, 'n' — an apostrophe at a word start that is not a quote.
    private static bool IsContractionStart(string text, int from, int end)
    {
        int k = from;
        while (k < end && char.IsLetter(text[k]))
        {
            k++;
        }

        ReadOnlySpan<char> w = text.AsSpan(from, k - from);
        return w.Equals("em", StringComparison.OrdinalIgnoreCase) || w.Equals("til", StringComparison.OrdinalIgnoreCase)
            || w.Equals("n", StringComparison.OrdinalIgnoreCase) || w.Equals("cause", StringComparison.OrdinalIgnoreCase);
    }
}
