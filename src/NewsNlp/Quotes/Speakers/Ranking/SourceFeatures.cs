using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Grammar;
using System.Runtime.CompilerServices;
using NewsNlp.Documents;
using H = NewsNlp.Learning.StableHash;

namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>
/// Hashed features of a candidate source mention relative to its quote: kind, distance and direction from the cue,
/// sentence offset, the words around it, agreement with the rule finders (subject before the cue, phrase after it, the
/// sentence's subject, the current source and the rule that chose it), whether it already spoke, and its place relative
/// to the content. Built once per quote (<see cref="Begin"/>), then per candidate with no allocation.
/// </summary>
internal sealed class SourceFeatures
{
    /// <summary>Most features a candidate gets.</summary>
    public const int MaxFeatures = 40;

    private readonly DocumentView _v;
    private readonly int _buckets;
    private readonly HashSet<ulong> _spoken = [];

    // Per quote.
    private QuoteFrame _frame;
    private int _anchor;
    private int _anchorSentence;
    private int _anchorIndex;
    private ulong _cueWord;
    private ulong _cueLast;
    private ulong _rule;
    private ulong _sentenceOpener;
    private bool _sourceless;
    private (int First, int End) _subject;
    private (int First, int End) _after;
    private readonly int[] _subjectOfSentence = new int[16];
    private readonly int[] _subjectEndOfSentence = new int[16];
    private readonly int[] _subjectSentence = new int[16];

    /// <param name="v">The document.</param>
    /// <param name="buckets">Number of weight rows (a power of two).</param>
    public SourceFeatures(DocumentView v, int buckets)
    {
        _v = v;
        _buckets = buckets;
    }

    /// <summary>Remembers that the words of a chosen source spoke (for later quotes' "already spoke" feature).</summary>
    public void Spoke(int first, int end)
    {
        if (first >= 0 && end > first)
        {
            _spoken.Add(Word(end - 1));
        }
    }

    /// <summary>Prepares the per-quote context; <paramref name="candidates"/> are the quote's candidates in text order.</summary>
    public void Begin(in QuoteFrame frame, List<SourceCandidate> candidates)
    {
        DocumentView v = _v;
        _frame = frame;
        _anchor = Math.Clamp(frame.Anchor, 0, v.Count - 1);
        _anchorSentence = v.SentenceOf[_anchor];
        _anchorIndex = 0;
        while (_anchorIndex < candidates.Count && candidates[_anchorIndex].First < _anchor)
        {
            _anchorIndex++;
        }

        _rule = frame.RuleHash;
        _cueWord = frame.HasCue ? Word(frame.CueFirst) : 1;
        _cueLast = frame.HasCue ? Word(frame.CueEnd - 1) : 1;
        int sentenceFirst = _anchorSentence >= 0 ? v.Document.Sentences[_anchorSentence].FirstToken : 0;
        int sentenceEnd = _anchorSentence >= 0 ? v.Document.Sentences[_anchorSentence].EndToken : v.Count;
        _sentenceOpener = Word(sentenceFirst);
        _sourceless = frame.HasCue && SourceFinder.IsSourcelessCue(v, frame.CueFirst, frame.CueEnd);
        _subject = frame.HasCue ? SourceFinder.SubjectBefore(v, frame.CueFirst, sentenceFirst) : (-1, -1);
        if (_subject.First >= 0)
        {
            _subject = SourceFinder.Core(v, _subject.First, _subject.End);
        }

        _after = frame.HasCue && frame.CueEnd < v.Count ? SourceFinder.PhraseAfter(v, frame.CueEnd, Math.Min(v.Count, sentenceEnd)) : (-1, -1);
        if (_after.First >= 0)
        {
            _after = SourceFinder.Core(v, _after.First, _after.End);
        }

        Array.Fill(_subjectSentence, -2);
    }

    /// <summary>Writes the bucket of each feature of <paramref name="c"/> (the i-th candidate) into <paramref name="buckets"/>; returns the count.</summary>
    public int Extract(in SourceCandidate c, int index, Span<int> buckets)
    {
        int n = 0;
        ulong kind = (ulong)c.Kind + 1;
        if (c.IsNone)
        {
            ulong none = 0xA11CE;
            buckets[n++] = B(1, none);
            buckets[n++] = B(2, _rule);
            buckets[n++] = B(3, _cueWord);
            buckets[n++] = B(4, _cueLast);
            buckets[n++] = B(5, _sourceless ? 1UL : 2UL);
            buckets[n++] = B(6, H.Combine(_frame.HasSource ? 1UL : 2UL, _rule));
            buckets[n++] = B(7, (ulong)_frame.Kind + 1);
            buckets[n++] = B(8, _frame.HasCue ? 1UL : 2UL);
            buckets[n++] = B(9, _sentenceOpener);
            buckets[n++] = B(10, H.Combine(_sourceless ? 1UL : 2UL, _rule));
            return n;
        }

        DocumentView v = _v;
        int sentence = v.SentenceOf[c.First];
        ulong rel = Relation(c);
        ulong offset = (ulong)(Math.Clamp(sentence - _anchorSentence, -3, 3) + 4);
        ulong distance = DistanceBucket(c);
        ulong head = Word(c.End - 1);
        ulong previous = Word(c.First - 1);
        ulong previous2 = Word(c.First - 2);
        ulong next = Word(c.End);
        ulong firstWord = Word(c.First);
        int between = index < _anchorIndex ? _anchorIndex - index - 1 : index - _anchorIndex;
        ulong betweenBucket = (ulong)Math.Min(between, 5);
        bool current = _frame.HasSource && c.First == _frame.SourceFirst && c.End == _frame.SourceEnd;
        bool overlapsCurrent = _frame.HasSource && c.First < _frame.SourceEnd && _frame.SourceFirst < c.End;
        ulong content = ContentRelation(c);

        buckets[n++] = B(20, kind);
        buckets[n++] = B(21, H.Combine(kind, rel));
        buckets[n++] = B(22, H.Combine(rel, distance));
        buckets[n++] = B(23, H.Combine(H.Combine(kind, rel), distance));
        buckets[n++] = B(24, H.Combine(rel, offset));
        buckets[n++] = B(25, H.Combine(kind, offset));
        buckets[n++] = B(26, head);
        buckets[n++] = B(27, H.Combine(head, rel));
        buckets[n++] = B(28, previous);
        buckets[n++] = B(29, H.Combine(previous, kind));
        buckets[n++] = B(30, H.Combine(previous2, previous));
        buckets[n++] = B(31, next);
        buckets[n++] = B(32, H.Combine(next, kind));
        buckets[n++] = B(33, H.Combine(current ? 1UL : overlapsCurrent ? 2UL : 3UL, _rule));
        buckets[n++] = B(34, H.Combine(H.Combine(current ? 1UL : overlapsCurrent ? 2UL : 3UL, kind), rel));
        buckets[n++] = B(35, H.Combine(Match(c, _subject), kind));
        buckets[n++] = B(36, H.Combine(Match(c, _after), kind));
        buckets[n++] = B(37, H.Combine(IsSentenceSubject(c, sentence) ? 1UL : 2UL, offset));
        buckets[n++] = B(38, H.Combine(betweenBucket, rel));
        buckets[n++] = B(39, H.Combine(_cueWord, rel));
        buckets[n++] = B(40, H.Combine(H.Combine(_cueWord, kind), rel));
        buckets[n++] = B(41, H.Combine(H.Combine((ulong)_frame.Kind + 1, rel), offset));
        buckets[n++] = B(42, H.Combine(H.Combine(_frame.HasCue ? 1UL : 2UL, kind), rel));
        buckets[n++] = B(43, H.Combine(_spoken.Contains(head) ? 1UL : 2UL, kind));
        buckets[n++] = B(44, H.Combine(content, kind));
        buckets[n++] = B(45, H.Combine(_sourceless ? 1UL : 2UL, kind));
        buckets[n++] = B(46, firstWord);
        buckets[n++] = B(47, H.Combine((ulong)Math.Min(c.End - c.First, 6), kind));
        buckets[n++] = B(48, H.Combine(H.Combine(_rule, kind), rel));
        buckets[n++] = B(49, H.Combine(_cueLast, rel));
        buckets[n++] = B(50, H.Combine(H.Combine(previous, rel), distance));
        buckets[n++] = B(51, H.Combine(H.Combine(next, rel), distance));
        buckets[n++] = B(52, H.Combine(content, rel));
        buckets[n++] = B(53, H.Combine(H.Combine(betweenBucket, rel), kind));
        buckets[n++] = B(54, H.Combine(Match(c, _subject), Match(c, _after)));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int B(ulong template, ulong value) => H.Bucket(H.Combine(template * 0x9E3779B97F4A7C15UL, value), _buckets);

    /// <summary>Before the anchor, after the cue (or after the content start when there is no cue), or overlapping the cue.</summary>
    private ulong Relation(in SourceCandidate c)
    {
        if (_frame.HasCue)
        {
            if (c.End <= _frame.CueFirst)
            {
                return c.End == _frame.CueFirst ? 1UL : 2UL;
            }

            if (c.First >= _frame.CueEnd)
            {
                return c.First == _frame.CueEnd ? 3UL : 4UL;
            }

            return 5UL;
        }

        return c.End <= _anchor ? 6UL : 7UL;
    }

    private ulong DistanceBucket(in SourceCandidate c)
    {
        int d = c.End <= _anchor ? _anchor - c.End : c.First - (_frame.HasCue ? _frame.CueEnd : _anchor);
        return d switch
        {
            <= 0 => 0,
            1 => 1,
            2 => 2,
            3 => 3,
            <= 5 => 4,
            <= 8 => 5,
            <= 15 => 6,
            <= 25 => 7,
            _ => 8,
        };
    }

    private ulong ContentRelation(in SourceCandidate c)
    {
        if (c.End <= _frame.ContentFirst)
        {
            return 1;
        }

        if (c.First >= _frame.ContentEnd)
        {
            return 2;
        }

        return 3; // between two content pieces
    }

    private static ulong Match(in SourceCandidate c, (int First, int End) span)
    {
        if (span.First < 0)
        {
            return 0;
        }

        if (c.First == span.First && c.End == span.End)
        {
            return 1;
        }

        if (c.End == span.End)
        {
            return 2;
        }

        return c.First < span.End && span.First < c.End ? 3UL : 4UL;
    }

    private bool IsSentenceSubject(in SourceCandidate c, int sentence)
    {
        if (sentence < 0)
        {
            return false;
        }

        int slot = sentence & 15;
        if (_subjectSentence[slot] != sentence)
        {
            TokenRange s = _v.Document.Sentences[sentence];
            (int f, int e) = SourceFinder.SentenceSubject(_v, s.FirstToken, s.EndToken);
            if (f >= 0)
            {
                (f, e) = SourceFinder.Core(_v, f, e);
            }

            _subjectSentence[slot] = sentence;
            _subjectOfSentence[slot] = f;
            _subjectEndOfSentence[slot] = e;
        }

        int first = _subjectOfSentence[slot], end = _subjectEndOfSentence[slot];
        return first >= 0 && c.First < end && first < c.End && c.End == end;
    }

    /// <summary>The lower-case hash of a word token, or a constant per shape for punctuation; a constant outside the document.</summary>
    private ulong Word(int t)
    {
        DocumentView v = _v;
        if ((uint)t >= (uint)v.Count)
        {
            return 0xD0C;
        }

        TokenShape shape = v.Shapes[t];
        if (shape is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Other)
        {
            return v.WordHashes[t];
        }

        return 0x5A0 + (ulong)shape;
    }
}
