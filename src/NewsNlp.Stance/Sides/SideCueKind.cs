namespace NewsNlp.Stance.Sides;

/// <summary>What a side-taking cue of <c>Resources/side-cues.tsv</c> is (see the file's header for each kind).</summary>
internal enum SideCueKind
{
    /// <summary>The speaker does something to an object ("welcomed the plan", "rejected the claim", "defended the coach").</summary>
    Act,

    /// <summary>A judgement on a proposition ("false", "a myth", "a mistake", "long overdue").</summary>
    Verdict,

    /// <summary>Removal or departure of the claim's subject ("has to go", "step down"; "going nowhere" the other way).</summary>
    Removal,

    /// <summary>The speaker declines to take a side ("no comment", "too early to say").</summary>
    Neutral,

    /// <summary>A claim verb that removes, closes or ends the claim's subject ("should be sacked", "should close").</summary>
    ClaimRemove,

    /// <summary>A claim verb of the subject leaving ("should resign", "will leave"): against a person, neutral for a country or firm.</summary>
    ClaimDepart,

    /// <summary>Another claim verb that is bad for the claim's subject ("lied", "dumped waste", "will hurt customers").</summary>
    ClaimHarm,

    /// <summary>A claim verb that is good for its subject ("will create jobs").</summary>
    ClaimBenefit,

    /// <summary>A claim verb that turns a bad object good ("reduced obesity").</summary>
    ClaimDecrease,

    /// <summary>A noun naming a claim or statement ("the accusation", "the report", "it").</summary>
    ClaimNoun,

    /// <summary>
    /// A noun naming a proposal ("the plan", "the bill", "the move"): it names the claim only when the claim proposes
    /// something ("… should …"); toward a claim of fact it names some other plan.
    /// </summary>
    ProposalNoun,
}
