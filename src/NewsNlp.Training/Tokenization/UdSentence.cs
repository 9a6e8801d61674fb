namespace NewsNlp.Tokenization.Training;

/// <summary>One sentence of a CoNLL-U file: surface tokens with their SpaceAfter flags, and words (multiword tokens split).</summary>
/// <param name="NewDocument">A <c># newdoc</c> comment precedes the sentence.</param>
/// <param name="NewParagraph">A <c># newpar</c> or <c># newdoc</c> comment precedes the sentence.</param>
/// <param name="Forms">Surface tokens (a multiword token such as <c>don't</c> whole).</param>
/// <param name="SpaceAfter">Whether a space follows each surface token.</param>
/// <param name="Words">Words: multiword tokens split into their words when these spell the surface form exactly (<c>do</c> <c>n't</c>).</param>
public sealed record UdSentence(bool NewDocument, bool NewParagraph, IReadOnlyList<string> Forms, IReadOnlyList<bool> SpaceAfter, IReadOnlyList<string> Words);
