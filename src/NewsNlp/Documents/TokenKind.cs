namespace NewsNlp.Documents;

/// <summary>Coarse lexical class the tokenizer assigns to a token.</summary>
public enum TokenKind : byte
{
    /// <summary>A word (letters, possibly with inner hyphens, apostrophes or periods).</summary>
    Word,
    /// <summary>A clitic split off a word, such as <c>'s</c> or <c>n't</c>.</summary>
    Clitic,
    /// <summary>A number, possibly with separators (<c>1,200.5</c>), ordinal suffix or percentage sign.</summary>
    Number,
    /// <summary>Punctuation other than quote marks.</summary>
    Punctuation,
    /// <summary>A quote mark (straight, curly, or doubled <c>``</c> / <c>''</c>).</summary>
    Quote,
    /// <summary>A currency or other symbol.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social media handle such as <c>@reuters</c>.</summary>
    Handle,
    /// <summary>A hashtag such as <c>#kazmedia</c>.</summary>
    Hashtag,
    /// <summary>An emoji or other pictograph.</summary>
    Emoji,
    /// <summary>Anything else (control characters, unpaired surrogates, unknown scripts).</summary>
    Other,
}
