using NewsNlp.Quotes.Speakers.Rules;

namespace NewsNlp.Quotes.Speakers;

/// <summary>The speaker rules in the order they run (the order is part of the behaviour: the first rule that decides wins).</summary>
internal static class SpeakerRules
{
    /// <summary>How many paragraphs back a pronoun's antecedent may be.</summary>
    public const int MaxParagraphDistance = 4;

    /// <summary>The default rules, most specific first; <see cref="DescriptionRule"/> last decides every phrase.</summary>
    public static ISpeakerRule[] Default { get; } =
    [
        new RelativePronounRule(),
        new AppositiveRule(),
        new OrganisationAppositiveRule(),
        new AppositiveHolderRule(),
        new TitleHolderRule(),
        new OfficeOfHolderRule(),
        new OneOfGroupRule(),
        new ElidedRoleRule(),
        new PossessedRule(),
        new PossessorOfWordsRule(),
        new CoordinationRule(),
        new BothRule(),
        new DemonymRule(),
        new PartyMemberRule(),
        new DocumentIssuerRule(),
        new StatementAuthorRule(),
        new NameBeforeRoleRule(),
        new EntityRule(),
        new ReaderSignatureRule(),
        new RoleSubjectPronounRule(),
        new PersonPronounRule(),
        new AgeDescriptionRule(),
        new GroupPronounRule(),
        new NameRule(),
        new SpokespersonForRule(),
        new PartyNounRule(),
        new TypedNameRule(),
        new OrganisationNounRule(),
        new IndustryNounRule(),
        new RoleNounRule(),
        new LeadPersonRoleRule(),
        new RoleGroupRule(),
        new LeadCataphoraRule(),
        new UnattachedSpokespersonRule(),
        new PossessorRoleRule(),
        new DescriptionRule(),
    ];
}
