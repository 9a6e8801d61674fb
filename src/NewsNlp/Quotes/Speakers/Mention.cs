namespace NewsNlp.Quotes.Speakers;

/// <summary>A speaker candidate at the tokens [<paramref name="First"/>, <paramref name="End"/>).</summary>
internal readonly record struct Mention(int First, int End, SpeakerCandidate Speaker);

/// <summary>An organisation named outside quotations (for "the association" and the like), in text order.</summary>
internal readonly record struct Organisation(int First, int End, string Name, SpeakerCandidate Speaker);
