using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>Splits text into tokens. Implementations never change the text: every token is a substring.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The table to append to.</param>
    /// <param name="cancellationToken">Checked periodically.</param>
    void Tokenize(string text, TokenTable tokens, CancellationToken cancellationToken = default);
}
