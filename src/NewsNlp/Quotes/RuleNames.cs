namespace NewsNlp.Quotes;

/// <summary>
/// Every name a quote's <c>decided_by</c> can hold, in one place: the pass or rule that decided the quote (finding the
/// quote, its cue and source mention), then, after '+', the speaker rule that resolved its source mention.
/// </summary>
internal static class RuleNames
{
    /// <summary>A draft no rule has decided yet.</summary>
    public const string None = "none";

    /// <summary>Separates the deciding rule from the speaker rule in <c>decided_by</c>.</summary>
    public const string SpeakerSeparator = "+";

    // Direct quotes (Finding): quote → cue and source mention.

    /// <summary><c>“…,” X said</c>, <c>“…,” said X</c>, <c>“…,” according to X</c>.</summary>
    public const string CueAfterQuote = "cue-after-quote";

    /// <summary><c>X said: “…”</c>, <c>X told reporters, “…”</c>.</summary>
    public const string CueBeforeQuote = "cue-before-quote";

    /// <summary>A short quoted fragment inside reported speech: the whole reported clause is the content (mixed).</summary>
    public const string MixedClause = "mixed-clause";

    /// <summary><c>Smith: “…”</c>, or a paragraph ending in <c>X wrote:</c> before a quote.</summary>
    public const string ColonLeadIn = "colon-lead-in";

    /// <summary>A quotation continued after its cue in the same paragraph: the first part, holding both.</summary>
    public const string SplitQuote = "split-quote";

    /// <summary>A part joined into another quote (dropped).</summary>
    public const string Merged = "merged";

    /// <summary>A quote with no cue continuing the previous quote's speaker.</summary>
    public const string Continuation = "continuation";

    /// <summary>A continuation after another person took the floor in a quotation-free sentence: that person's.</summary>
    public const string ContinuationNewSpeaker = "continuation-new-speaker";

    /// <summary>A continuation after a reported quote of another speaker (<c>X said she was shocked. “We expected …”</c>): that speaker's.</summary>
    public const string ContinuationReportedSpeaker = "continuation-reported-speaker";

    /// <summary><c>“…” ― Ana Ruiz</c>: a signature after a dash.</summary>
    public const string DashSignature = "dash-signature";

    /// <summary><c>"WALLACE: Let's start …</c>: a transcript turn.</summary>
    public const string TranscriptLabel = "transcript-label";

    /// <summary>A quoted title on a paragraph of its own (dropped).</summary>
    public const string Heading = "heading";

    /// <summary>A title-case quotation after a preposition or possessive: a programme's or work's name (dropped).</summary>
    public const string NamedTitle = "named-title";

    /// <summary>A capitalised nickname in quotation marks inside a person's name (<c>Brian 'Head' Welch</c>): dropped.</summary>
    public const string Nickname = "nickname";

    /// <summary>A quotation opening right after <c>=</c>: a markup attribute's value (dropped).</summary>
    public const string MarkupValue = "markup-value";

    /// <summary>A short quoted phrase with no cue (dropped).</summary>
    public const string ScareQuote = "scare-quote";

    /// <summary>A quotation inside a reported clause or a mixed quote's content (dropped).</summary>
    public const string Absorbed = "absorbed";

    // Reported speech (Reported): the indirect-speech rules and the learned tagger.

    /// <summary>A reporting verb in quotation marks after its subject (<c>A spokesman “totally refuted” any wrongdoing</c>).</summary>
    public const string QuotedCue = "quoted-cue";

    /// <summary>A headline's <c>Speaker: claim</c> or <c>claim, Speaker Says</c> (<see cref="Reported.HeadlineReport"/>).</summary>
    public const string HeadlineReport = "headline-report";

    /// <summary>A request made by someone (<c>a call by X to publish …</c>, <c>demands by X for …</c>).</summary>
    public const string CallBy = "call-by";

    /// <summary>Words reported through a raising passive (<c>X is alleged to have said that …</c>; <see cref="Reported.RaisedReport"/>).</summary>
    public const string RaisedReport = "raised-report";

    /// <summary><c>…, according to X</c> / <c>According to X, …</c>.</summary>
    public const string AccordingTo = "according-to";

    /// <summary><c>…, X said.</c></summary>
    public const string CueAfterContent = "cue-after-content";

    /// <summary><c>X said (that) …</c>.</summary>
    public const string CueBeforeContent = "cue-before-content";

    /// <summary>The second of two reports joined by a conjunction (<c>A say … and B claim …</c>).</summary>
    public const string CoordinatedReport = "coordinated-report";

    /// <summary>A quote the learned attribution tagger found.</summary>
    public const string LearnedTagger = "learned-tagger";

    /// <summary>A direct quote the sieves left without cue, given the tagger's nearest cue.</summary>
    public const string LearnedCue = "learned-cue";

    /// <summary>As <see cref="LearnedCue"/>, the quote inside the reported clause after that cue (mixed).</summary>
    public const string LearnedCueClause = "learned-cue-clause";

    /// <summary>The prefix the learned passes' names share.</summary>
    public const string LearnedPrefix = "learned";

    // Speakers: source mention → speaker (after the '+').

    /// <summary>A quote continuing the previous quote's speaker.</summary>
    public const string PreviousSpeaker = "previous-speaker";

    /// <summary><c>X, who …, said</c> → X.</summary>
    public const string RelativePronoun = "relative-pronoun";

    /// <summary><c>A spokesman for the board, Ella Marsh, said</c> → Ella Marsh.</summary>
    public const string Appositive = "appositive";

    /// <summary><c>India's delegate, S. Venkat</c>, <c>Bernstein's Sandi Sweeney</c> → the person the possessor's role or name phrase names, not the possessor.</summary>
    public const string Possessed = "possessed";

    /// <summary>The entity heading the source phrase.</summary>
    public const string Entity = "entity";

    /// <summary>he/she → the nearest earlier person; they/it → the sentence's subject or an earlier group.</summary>
    public const string Pronoun = "pronoun";

    /// <summary>A name inside the source phrase, in its fullest form in the document.</summary>
    public const string Name = "name";

    /// <summary><c>a spokeswoman for Norrland Energy</c> → the organisation.</summary>
    public const string SpokespersonFor = "spokesperson-for";

    /// <summary><c>the association</c> → the organisation named earlier.</summary>
    public const string OrganisationNoun = "org-noun";

    /// <summary><c>the spokesman</c> → the person the role was attached to earlier.</summary>
    public const string RoleNoun = "role-noun";

    /// <summary><c>the statement</c> → the speaker who spoke "in a statement" a few sentences before.</summary>
    public const string StatementAuthor = "statement-author";

    /// <summary>The source phrase itself.</summary>
    public const string Description = "description";

    /// <summary>No speaker rule decided (never with the default rules, whose last rule always decides).</summary>
    public const string Unresolved = "unresolved";
}
