using System.Text.RegularExpressions;

namespace NewsNlp.Entities.Rules;

/// <summary>How many consecutive tokens a <see cref="TokenPattern"/> matches.</summary>
public enum PatternQuantifier
{
    /// <summary>Exactly one token.</summary>
    One,
    /// <summary>Zero or one token (<c>?</c>).</summary>
    Optional,
    /// <summary>One or more tokens (<c>+</c>).</summary>
    OneOrMore,
    /// <summary>Zero or more tokens (<c>*</c>).</summary>
    ZeroOrMore,
}

/// <summary>
/// One element of a token pattern (like a spaCy Matcher token spec): every condition that is set must hold.
/// </summary>
public sealed record TokenPattern
{
    /// <summary>The token's exact text, or, when the rule is case-insensitive, its text ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>One of several texts (same case rule as <see cref="Text"/>).</summary>
    public IReadOnlyList<string>? In { get; init; }

    /// <summary>A regular expression the whole token must match (100 ms timeout); case-sensitive unless the rule itself sets <c>CaseSensitive = false</c>.</summary>
    public string? Regex { get; init; }

    /// <summary>The token starts with an upper-case letter.</summary>
    public bool? IsTitle { get; init; }

    /// <summary>Every letter of the token is upper case.</summary>
    public bool? IsUpper { get; init; }

    /// <summary>The token is made of digits.</summary>
    public bool? IsDigit { get; init; }

    /// <summary>How many tokens this element matches.</summary>
    public PatternQuantifier Quantifier { get; init; } = PatternQuantifier.One;

    internal Regex? Compiled { get; init; }

    internal bool Matches(ReadOnlySpan<char> token, bool caseSensitive)
    {
        StringComparison cmp = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (Text is not null && !token.Equals(Text, cmp))
        {
            return false;
        }

        if (In is not null)
        {
            bool any = false;
            foreach (string s in In)
            {
                if (token.Equals(s, cmp))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        if (IsTitle is bool title && (token.Length > 0 && char.IsUpper(token[0])) != title)
        {
            return false;
        }

        if (IsUpper is bool upper && IsAllUpper(token) != upper)
        {
            return false;
        }

        if (IsDigit is bool digit && (token.Length > 0 && IsAllDigits(token)) != digit)
        {
            return false;
        }

        if (Compiled is not null)
        {
            try
            {
                return Compiled.IsMatch(token);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                letter = true;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letter;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
