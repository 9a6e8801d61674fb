namespace NewsNlp.Quotes.Lexicon;

/// <summary>Lexical classes the attribution rules and features use (a token may have several).</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,

    /// <summary>A reporting verb form (said, told, added, warns …).</summary>
    CueVerb = 1 << 0,

    /// <summary>A verb that takes an addressee object before its content (told, informed, assured).</summary>
    ObjectCue = 1 << 1,

    /// <summary>Subject pronoun: he, she, I.</summary>
    SingularPronoun = 1 << 2,

    /// <summary>Subject pronoun: they, we.</summary>
    PluralPronoun = 1 << 3,

    /// <summary>A noun naming a role or a group that speaks (spokesman, official, analysts, the statement).</summary>
    RoleNoun = 1 << 4,

    /// <summary>Determiners and possessives that may start a noun phrase.</summary>
    Determiner = 1 << 5,

    /// <summary>Auxiliaries and modal verbs between a subject and its verb (has, had, will, would …).</summary>
    Auxiliary = 1 << 6,

    /// <summary>Adverbs commonly between a subject and its cue (also, later, then, again …).</summary>
    Adverb = 1 << 7,

    /// <summary>The complementizer "that".</summary>
    That = 1 << 8,

    /// <summary>Words that end a noun phrase going left (conjunctions, prepositions, relative words, verbs).</summary>
    Boundary = 1 << 9,

    /// <summary>"according" (of "according to").</summary>
    According = 1 << 10,

    /// <summary>"who" / "which" starting a relative clause.</summary>
    Relative = 1 << 11,

    /// <summary>A common sentence-initial word that is capitalised without being a name.</summary>
    CapitalisedFunctionWord = 1 << 12,

    /// <summary>Words that mark an organisation or place inside a capitalised name (Ministry, University, Street …).</summary>
    NonPersonNameWord = 1 << 13,

    /// <summary>Lower-case name particles (de, al, van, bin …).</summary>
    NameParticle = 1 << 14,

    /// <summary>A belief, evidence or weak cue verb (believes, thinks, shows, suggests); only the learned model uses it.</summary>
    WeakCueVerb = 1 << 15,

    /// <summary>A noun cue (statement, interview, remarks, allegations).</summary>
    CueNoun = 1 << 16,

    /// <summary>Time words that may sit between a verb and "that" (Monday, yesterday, earlier …).</summary>
    TimeWord = 1 << 17,

    /// <summary>"it" (a source for "it said" of organisations and documents).</summary>
    ItPronoun = 1 << 18,

    /// <summary>Object pronouns (him, her, them, me, us, reporters-like addressees are role nouns).</summary>
    ObjectPronoun = 1 << 19,

    /// <summary>A cue that evaluates rather than reports (called, praised, accused): only for direct quotes.</summary>
    EvaluativeCue = 1 << 20,

    /// <summary>Any subject pronoun: <see cref="SingularPronoun"/>, <see cref="PluralPronoun"/> or <see cref="ItPronoun"/>.</summary>
    SubjectPronoun = SingularPronoun | PluralPronoun | ItPronoun,
}
