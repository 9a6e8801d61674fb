using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Tokenization;

/// <summary>Character classes used by the tokenizer.</summary>
[Flags]
internal enum CharFlags : ushort
{
    None = 0,
    Space = 1,
    Newline = 2,
    Letter = 4,
    Upper = 8,
    Lower = 16,
    Digit = 32,
    Mark = 64,
    Punct = 128,
    Symbol = 256,
    Currency = 512,
    HighSurrogate = 1024,
    LowSurrogate = 2048,
    Control = 4096,

    /// <summary>Continues a word: letter, digit or combining mark.</summary>
    Alnum = Letter | Digit | Mark,
}

/// <summary>A 64K-entry lookup table from UTF-16 code unit to <see cref="CharFlags"/>, built once.</summary>
internal static class CharClass
{
    private static readonly CharFlags[] Table = Build();

    /// <summary>The flags of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharFlags Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), c);

    /// <summary>True when <paramref name="c"/> is white space (including line breaks and no-break spaces).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => (Of(c) & CharFlags.Space) != 0;

    /// <summary>True when <paramref name="c"/> is a letter, digit or combining mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAlnum(char c) => (Of(c) & CharFlags.Alnum) != 0;

    /// <summary>True for ASCII and Unicode decimal digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (Of(c) & CharFlags.Digit) != 0;

    /// <summary>True for letters of any script.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (Of(c) & CharFlags.Letter) != 0;

    /// <summary>True for upper-case and title-case letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => (Of(c) & CharFlags.Upper) != 0;

    /// <summary>True for lower-case letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => (Of(c) & CharFlags.Lower) != 0;

    /// <summary>True for line breaks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNewline(char c) => (Of(c) & CharFlags.Newline) != 0;

    /// <summary>True for apostrophe-like characters that can join a word and a clitic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`' or '\u00B4';

    private static CharFlags[] Build()
    {
        var table = new CharFlags[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            CharFlags f = CharFlags.None;
            UnicodeCategory cat = char.GetUnicodeCategory(c);
            switch (cat)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                    f = CharFlags.Letter | CharFlags.Upper;
                    break;
                case UnicodeCategory.LowercaseLetter:
                    f = CharFlags.Letter | CharFlags.Lower;
                    break;
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                    f = CharFlags.Letter;
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    f = CharFlags.Digit;
                    break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    f = CharFlags.Mark;
                    break;
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                    f = CharFlags.Punct;
                    break;
                case UnicodeCategory.CurrencySymbol:
                    f = CharFlags.Symbol | CharFlags.Currency;
                    break;
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.ModifierSymbol:
                case UnicodeCategory.OtherSymbol:
                case UnicodeCategory.OtherNumber:
                case UnicodeCategory.LetterNumber:
                    f = CharFlags.Symbol;
                    break;
                case UnicodeCategory.Surrogate:
                    f = c < '\uDC00' ? CharFlags.HighSurrogate : CharFlags.LowSurrogate;
                    break;
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    f = CharFlags.Control;
                    break;
                default:
                    break;
            }

            if (char.IsWhiteSpace(c))
            {
                f = CharFlags.Space;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f')
            {
                f |= CharFlags.Newline;
            }

            table[i] = f;
        }

        return table;
    }
}
