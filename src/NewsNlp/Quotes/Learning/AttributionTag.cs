namespace NewsNlp.Quotes.Learning;

/// <summary>Token labels of the attribution tagger: BIO over content, cue and source.</summary>
internal static class AttributionTag
{
    public const int Outside = 0;
    public const int BeginContent = 1;
    public const int InContent = 2;
    public const int BeginCue = 3;
    public const int InCue = 4;
    public const int BeginSource = 5;
    public const int InSource = 6;
    public const int Count = 7;

    /// <summary>0 none, 1 content, 2 cue, 3 source.</summary>
    public static int Role(int tag) => (tag + 1) / 2;

    public static bool IsBegin(int tag) => tag is BeginContent or BeginCue or BeginSource;
}
