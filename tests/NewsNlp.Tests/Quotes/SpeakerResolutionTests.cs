using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Speakers;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Speaker resolution of one source mention (as the quote finders leave it) to a speaker: organisation nouns, appositive
/// names, relative pronouns, the head of a phrase versus a name inside it. Each test builds its own short text, marks
/// the source and cue, adds entity mentions by hand where a rule reads them, and runs <see cref="SpeakerResolver"/>.
/// </summary>
public class SpeakerResolutionTests
{
    [Fact]
    public void DefiniteOrganisationNounResolvesToTheOrganisationNamedWithIt()
    {
        Resolved r = Resolve("The Harbour Pilots Association met employers on Monday. The association said the talks had failed.", "The association", "said");
        Assert.Equal("Harbour Pilots Association", r.Speaker?.Name);
        Assert.Equal("org-noun", r.Rule);
    }

    [Fact]
    public void OrganisationNounMatchesAnEntityFollowedByTheNoun()
    {
        Resolved r = Resolve(
            "The stoppage was called by the Kade union on Monday, and Eastline Shipping cancelled two sailings. The union said it would decide on Friday.",
            "The union", "said", ("Kade", EntityType.Organization), ("Eastline Shipping", EntityType.Organization));
        Assert.Equal("Kade union", r.Speaker?.Name); // the organisation noun after the name is part of the organisation's name
        Assert.Equal(EntityType.Organization, r.Speaker?.Type);
        Assert.Equal("org-noun", r.Rule);
    }

    [Fact]
    public void OrganisationNounPrefersTheNameHoldingItsModifiers()
    {
        Resolved r = Resolve(
            "The Valley Transit Authority and the Port Authority met on Monday. Fares would rise, the transit authority said.",
            "the transit authority", "said");
        Assert.Equal("Valley Transit Authority", r.Speaker?.Name);
    }

    [Fact]
    public void OrganisationNounFallsBackToTheNearestOrganisation()
    {
        Resolved r = Resolve("Kestrel Logistics opened a depot in May. The company said it would hire 40 people.", "The company", "said",
            ("Kestrel Logistics", EntityType.Organization));
        Assert.Equal("Kestrel Logistics", r.Speaker?.Name);
        Assert.Equal("org-noun", r.Rule);
    }

    [Theory]
    [InlineData("One of the two votes against the plan said it was too costly.", "One of the two", false)]
    [InlineData("The plan passed, and one of the two votes against it said it was too costly.", "one of the two", false)]
    [InlineData("A spokeswoman said it was too costly.", "A spokeswoman", true)]
    public void ASingularDescriptionIsAPersonOnlyWhenARoleNounHeadsIt(string text, string source, bool person)
    {
        Resolved r = Resolve(text, source, "said");
        Assert.Equal("description", r.Rule);
        Assert.Equal(person, r.Speaker?.IsPerson);
    }

    [Fact]
    public void OrganisationNounWithNothingEarlierStaysADescription()
    {
        Resolved r = Resolve("The company said it would hire 40 people.", "The company", "said");
        Assert.Equal("company", r.Speaker?.Name);
        Assert.Equal("description", r.Rule);
    }

    [Fact]
    public void RoleNounFollowedByAnAppositiveNameResolvesToTheName()
    {
        Resolved r = Resolve("A spokeswoman for the water board, Ella Marsh, said the pipes were safe.", "A spokeswoman", "said");
        Assert.Equal("Ella Marsh", r.Speaker?.Name);
        Assert.Equal("appositive", r.Rule);

        Resolved withEntities = Resolve("Its chairman, Olli Rantanen, wrote that the plan was sound.", "Its chairman", "wrote", ("Olli Rantanen", EntityType.Person));
        Assert.Equal("Olli Rantanen", withEntities.Speaker?.Name);
        Assert.Equal(EntityType.Person, withEntities.Speaker?.Type);
    }

    [Fact]
    public void NationalityBeforeARoleNounIsNotTheSpeaker()
    {
        Resolved apposed = Resolve("The Finnish trade minister, Aino Laine, said exports would recover.", "The Finnish trade minister", "said",
            ("Finnish", EntityType.Miscellaneous), ("Aino Laine", EntityType.Person));
        Assert.Equal("Aino Laine", apposed.Speaker?.Name);

        Resolved earlier = Resolve("Aino Laine, the trade minister, visited Oulu on Monday. The Finnish trade minister said exports would recover.",
            "The Finnish trade minister", "said", ("Aino Laine", EntityType.Person), ("Oulu", EntityType.Location), ("Finnish", EntityType.Miscellaneous));
        Assert.Equal("Aino Laine", earlier.Speaker?.Name);
        Assert.Equal("role-noun", earlier.Rule);

        Resolved alone = Resolve("The Finnish trade minister said exports would recover.", "The Finnish trade minister", "said", ("Finnish", EntityType.Miscellaneous));
        Assert.Equal("Finnish trade minister", alone.Speaker?.Name);
        Assert.Equal("description", alone.Rule);

        Resolved noEntities = Resolve("The Finnish trade minister said exports would recover.", "The Finnish trade minister", "said");
        Assert.Equal("Finnish trade minister", noEntities.Speaker?.Name);
    }

    [Fact]
    public void NationalityBeforeAnOrganisationNounNeedsANameWithIt()
    {
        Resolved r = Resolve("Baltic Freight signed the deal on Monday. The Estonian government said it would help.", "The Estonian", "said",
            ("Baltic Freight", EntityType.Organization), ("Estonian", EntityType.Miscellaneous));
        Assert.Equal("Estonian government", r.Speaker?.Name);
        Assert.Equal("description", r.Rule);

        Resolved named = Resolve("The Estonian Government Office signed the deal on Monday. The Estonian government said it would help.", "The Estonian government", "said",
            ("Estonian Government Office", EntityType.Organization));
        Assert.Equal("Estonian Government Office", named.Speaker?.Name);
    }

    [Fact]
    public void RelativePronounResolvesToItsAntecedent()
    {
        Resolved person = Resolve("Maria Kovacs, who chairs the budget committee, said taxes would not rise.", "who", "said", ("Maria Kovacs", EntityType.Person));
        Assert.Equal("Maria Kovacs", person.Speaker?.Name);
        Assert.Equal("relative-pronoun", person.Rule);

        Resolved organisation = Resolve("Demand has doubled, according to Finland’s Northern Grid Company, which said prices would follow.", "which", "said",
            ("Finland", EntityType.Location), ("Northern Grid Company", EntityType.Organization));
        Assert.Equal("Northern Grid Company", organisation.Speaker?.Name);

        Resolved unnamed = Resolve("A doctor at one clinic, who asked not to be named, said supplies were low.", "who", "said");
        Assert.Equal("A doctor at one clinic", unnamed.Speaker?.Name);
    }

    [Fact]
    public void NameInsideAPrepositionalPhraseIsNotTheHead()
    {
        Resolved r = Resolve("Residents of the Marsh End district told reporters they feared floods.", "Residents of the Marsh End district", "told",
            ("Marsh End", EntityType.Location));
        Assert.Equal("Residents of the Marsh End district", r.Speaker?.Name);
        Assert.Equal("description", r.Rule);
        Assert.True(r.Speaker?.IsGroup);
    }

    [Fact]
    public void PossessorIsNotTheHead()
    {
        Resolved r = Resolve("Finland’s National Forest Agency said fires had doubled.", "Finland’s National Forest Agency", "said",
            ("Finland", EntityType.Location), ("National Forest Agency", EntityType.Organization));
        Assert.Equal("National Forest Agency", r.Speaker?.Name);
    }

    [Fact]
    public void OrganisationBeforeAGroupNounIsNamedInTheGroupThatSpeaks()
    {
        Resolved r = Resolve("Nordic Council officials said the deal was close.", "Nordic Council officials", "said", ("Nordic Council", EntityType.Organization));
        Assert.Equal("Nordic Council officials", r.Speaker?.Name);
        Assert.True(r.Speaker?.IsGroup);
    }

    [Fact]
    public void NameWithLettersAfterItTaggedAsAnOrganisationIsAPerson()
    {
        Resolved r = Resolve("The report was written by Martin Keane QC, a barrister. He says the ruling was wrong.", "He", "says",
            ("Martin Keane QC", EntityType.Organization));
        Assert.Equal("Martin Keane", r.Speaker?.Name);
        Assert.True(r.Speaker?.IsPerson);
    }

    [Fact]
    public void OrganisationWithoutAFirstNameBeforeLettersStaysAnOrganisation()
    {
        Resolved r = Resolve("Harbour Ventures MP said the ruling was wrong.", "Harbour Ventures MP", "said", ("Harbour Ventures MP", EntityType.Organization));
        Assert.False(r.Speaker?.IsPerson);
    }

    [Theory]
    [InlineData("Brazilian Finance Minister Dilson Arauto flatly rejected the plan.", "Brazilian", "rejected")]
    [InlineData("Exchange President Ramon Dalia said yesterday the plan was dead.", "Exchange", "said")]
    public void SourceModifyingItsCuesSubjectSpeaksAsTheSubject(string text, string source, string cue)
    {
        Resolved r = Resolve(text, source, cue, (source, EntityType.Miscellaneous), (source == "Brazilian" ? "Dilson Arauto" : "Ramon Dalia", EntityType.Person));
        Assert.Equal(source == "Brazilian" ? "Dilson Arauto" : "Ramon Dalia", r.Speaker?.Name);
        Assert.Equal(source, r.SourceText); // the source span is kept; only the speaker is read from the subject
    }

    [Fact]
    public void CoordinatedNamesSpeakTogether()
    {
        Resolved r = Resolve("Hollis Re and Nordvik Re, the two biggest reinsurers, have said losses would be small.", "Nordvik", "said",
            ("Hollis Re", EntityType.Organization), ("Nordvik", EntityType.Miscellaneous));
        Assert.Equal("Hollis Re and Nordvik Re", r.Speaker?.Name);
        Assert.True(r.Speaker?.IsGroup);
    }

    [Fact]
    public void NameHoldingAndIsOneSpeaker()
    {
        Resolved r = Resolve("Harlow and Finch said losses would be small.", "Harlow and Finch", "said", ("Harlow and Finch", EntityType.Organization));
        Assert.Equal("Harlow and Finch", r.Speaker?.Name);
        Assert.Equal("entity", r.Rule);
    }

    [Fact]
    public void TwoTitlesJoinedByAndAreOnePerson()
    {
        Resolved r = Resolve("Chairman and Chief Executive Jim Corley said losses would be small.", "Chairman and Chief Executive Jim Corley", "said",
            ("Jim Corley", EntityType.Person));
        Assert.Equal("Jim Corley", r.Speaker?.Name);
    }

    [Fact]
    public void AgentOfAParticipleInTheSubjectIsNotTheSpeaker()
    {
        Resolved r = Resolve("Farmers polled by Agrifax said the subsidy had done little for them.", "Agrifax", "said", ("Agrifax", EntityType.Organization));
        Assert.Contains("Farmers", r.Speaker?.Name, StringComparison.Ordinal);
        Assert.Equal("Agrifax", r.SourceText);
    }

    [Fact]
    public void NumberTenIsOneName()
    {
        // "Number 10 said": Downing Street, not a speaker called "Number".
        Resolved r = Resolve("Number 10 said ministers were expected to find the savings by April.", "Number 10", "said");
        Assert.Equal("Number 10", r.Speaker?.Name);
    }

    [Fact]
    public void SpokespersonForAnOrganisationSpeaksForIt()
    {
        // Named by the role and the organisation, as real-news gold names such a speaker (never the organisation alone for a person).
        Resolved r = Resolve("A spokeswoman for Norrland Energy said the plant would reopen.", "A spokeswoman", "said");
        Assert.Equal("spokeswoman for Norrland Energy", r.Speaker?.Name);
        Assert.Equal("spokesperson-for", r.Rule);
        Assert.True(r.Speaker?.IsGroup);
    }

    [Fact]
    public void RoleNounWithAPrepositionalPhraseIsDescribedWhole()
    {
        Resolved r = Resolve("Analysts at Brightwater Capital said prices would fall.", "Analysts", "said", ("Brightwater Capital", EntityType.Organization));
        Assert.Equal("Analysts at Brightwater Capital", r.Speaker?.Name);
        Assert.Equal("description", r.Rule);

        Resolved left = Resolve("A manager at one depot said trucks were waiting.", "one depot", "said");
        Assert.Equal("A manager at one depot", left.Speaker?.Name);
    }

    [Fact]
    public void PlaceInsideAnInsertionGivesWayToTheCuesSubject()
    {
        Resolved r = Resolve("In Kotka, the harbour town on the Kymi, shipping firms said cargo was moving to rail.", "Kymi", "said",
            ("Kotka", EntityType.Location), ("Kymi", EntityType.Location));
        Assert.Equal("shipping firms", r.SourceText);
        Assert.Equal("shipping firms", r.Speaker?.Name);
    }

    [Fact]
    public void RoleNounLinksOnlyToAnEarlierRoleWithTheSameModifiers()
    {
        Resolved r = Resolve("The Green nominee Lena Holm spoke first, and the Labour nominee Per Dahl answered. The Labour nominee said rents would fall.",
            "The Labour nominee", "said", ("Lena Holm", EntityType.Person), ("Per Dahl", EntityType.Person), ("Green", EntityType.Miscellaneous), ("Labour", EntityType.Miscellaneous));
        Assert.Equal("Per Dahl", r.Speaker?.Name);
        Assert.Equal("role-noun", r.Rule);

        Resolved indefinite = Resolve("The spokesman Per Dahl spoke first. A spokesman said rents would fall.", "A spokesman", "said", ("Per Dahl", EntityType.Person));
        Assert.Equal("A spokesman", indefinite.Speaker?.Name);
        Assert.Equal("description", indefinite.Rule);
    }

    [Fact]
    public void DefiniteRoleNounRightAfterANamedSpeakerIsThatSpeaker()
    {
        NewsDocument doc = QuoteTestHelpers.Annotate(
            "“We will win this county,” Lena Holm said on Monday.\n\nThe Green nominee said that her campaign would open four offices.",
            new QuoteStageOptions { UseLearnedTagger = false });
        Assert.All(doc.Quotes, q => Assert.Equal("Lena Holm", q.SpeakerName));
        Assert.Equal(2, doc.Quotes.Count);
    }

    [Fact]
    public void CueVerbFormAfterAPrepositionIsNotACue()
    {
        NewsDocument doc = QuoteTestHelpers.Annotate(
            "Senator Lena Holm, a Green from the north, said she would block any use of state money “until the city finishes one project on time.”");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.EndsWith("Lena Holm", q.SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void WorksThroughTheWholeStage()
    {
        NewsDocument doc = QuoteTestHelpers.Annotate("The Harbour Pilots Association met employers on Monday.\n\n“We regret the delay,” the association said.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Harbour Pilots Association", q.SpeakerName);
        Assert.EndsWith("+org-noun", q.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void ARulePutBeforeTheDefaultsDecidesFirstAndIsRecorded()
    {
        const string Text = "A spokeswoman for the water board, Ella Marsh, said the pipes were safe.";
        ISpeakerRule[] rules = [new FixedHeadRule("spokeswoman"), .. SpeakerRules.Default];
        Resolved r = ResolveWith(rules, Text, "A spokeswoman", "said");
        Assert.Equal("Chosen", r.Speaker?.Name);
        Assert.Equal("fixed-head", r.Rule);

        // Declining leaves the phrase to the default rules.
        Resolved declined = ResolveWith([new FixedHeadRule("minister"), .. SpeakerRules.Default], Text, "A spokeswoman", "said");
        Assert.Equal("Ella Marsh", declined.Speaker?.Name);
        Assert.Equal("appositive", declined.Rule);
    }

    [Fact]
    public void HeSkipsAPersonInsideASentenceThatEndsInSomeoneElsesTrailingReport()
    {
        // '…, the opposition leader said.' reports the whole sentence: Mr Lamont is talked about, also where no quote was
        // found for the clause; the reporter named before is who the next "he said" means.
        Resolved r = Resolve(
            "Opposition leader Tom Harper spoke in Leeds on Monday. Mr Lamont liked to rattle off numbers to convince people there was no gap in the finances, the opposition leader said. He said the budget was a fraud.",
            "He", "said");
        Assert.Equal("Tom Harper", r.Speaker?.Name);

        // The inverted order (", said the opposition leader.") too.
        Resolved inverted = Resolve(
            "Opposition leader Tom Harper spoke in Leeds on Monday. Mr Lamont liked to rattle off numbers to convince people there was no gap in the finances, said the opposition leader. He said the budget was a fraud.",
            "He", "said");
        Assert.Equal("Tom Harper", inverted.Speaker?.Name);
    }

    [Fact]
    public void HeIsNotAPrepositionsObjectEarlierInItsOwnSentence()
    {
        // "But standing next to Mr Grant he added": whoever stands next to Mr Grant is not Mr Grant.
        Resolved r = Resolve(
            "President Omar Amani said militants were on the run. But standing next to Mr Grant he added that it was crucial to tackle extremism.",
            "he", "added");
        Assert.Equal("Omar Amani", r.Speaker?.Name);

    }

    [Fact]
    public void TheDescriptionRuleIsLastAndDecidesWhatNoOtherRuleDoes()
    {
        Assert.IsType<NewsNlp.Quotes.Speakers.Rules.DescriptionRule>(SpeakerRules.Default[^1]);
        Resolved r = ResolveWith([.. SpeakerRules.Default[^1..]], "A spokeswoman for the water board, Ella Marsh, said the pipes were safe.", "A spokeswoman", "said");
        Assert.Equal("description", r.Rule);
        Assert.Equal("A spokeswoman for the water board", r.Speaker?.Name);
    }

    [Fact]
    public void MentionIndexWithoutEntitiesCollectsNameRunsWithTheirFullestForm()
    {
        using DocumentView view = ViewWithoutEntities("Ella Marsh met the Harbour Authority on Monday. Later Marsh left.");
        var index = new MentionIndex(view);
        Assert.True(index.IsSorted);
        var names = new List<(string Name, bool Person, bool Group)>();
        for (int i = 0; i < index.Count; i++)
        {
            names.Add((index[i].Speaker.Name, index[i].Speaker.IsPerson, index[i].Speaker.IsGroup));
        }

        Assert.Contains(("Ella Marsh", true, false), names);
        Assert.Contains(("Harbour Authority", false, true), names);
        Assert.Equal(1, index.OrganisationCount);
        Assert.Equal("Harbour Authority", index.OrganisationAt(0).Name);
        Assert.Equal(0, index.OrganisationsBefore(index.OrganisationAt(0).First));
        Assert.Equal(1, index.OrganisationsBefore(view.Count));
        Assert.Equal(-1, index.LastMentionBefore(0));
    }

    private sealed record Resolved(SpeakerCandidate? Speaker, string? Rule, string? SourceText);

    /// <summary>
    /// Resolves the last occurrence of <paramref name="source"/> with the last occurrence of <paramref name="cue"/>;
    /// every occurrence of each entity text becomes a mention of one entity.
    /// </summary>
    private static Resolved Resolve(string text, string source, string cue, params (string Text, EntityType Type)[] entities) =>
        ResolveWith(SpeakerRules.Default, text, source, cue, entities);

    private static DocumentView ViewWithoutEntities(string text)
    {
        var doc = new NewsDocument(text);
        new TokenizerStage().Process(doc, CancellationToken.None);
        doc.MarkProduced(AnnotationNames.Tokens);
        doc.MarkProduced(AnnotationNames.Sentences);
        doc.MarkProduced(AnnotationNames.Paragraphs);
        return new DocumentView(doc, useEntities: false);
    }

    /// <summary>Decides every phrase whose head word is <see cref="Head"/> as the speaker "Chosen"; declines the rest.</summary>
    private sealed class FixedHeadRule(string head) : ISpeakerRule
    {
        public string Head { get; } = head;

        public string Name => "fixed-head";

        public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
        {
            bool mine = context.View.TextIs(phrase.Head, Head);
            speaker = mine ? new SpeakerCandidate("chosen", "Chosen", null, -1, true, false) : null;
            return mine;
        }
    }

    private static Resolved ResolveWith(ISpeakerRule[] rules, string text, string source, string cue, params (string Text, EntityType Type)[] entities)
    {
        var doc = new NewsDocument(text);
        new TokenizerStage().Process(doc, CancellationToken.None);
        doc.MarkProduced(AnnotationNames.Tokens);
        doc.MarkProduced(AnnotationNames.Sentences);
        doc.MarkProduced(AnnotationNames.Paragraphs);
        var mentions = new List<EntityMention>();
        for (int id = 0; id < entities.Length; id++)
        {
            (string name, EntityType type) = entities[id];
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new EntityMention
                {
                    Span = new TextSpan(at, at + name.Length),
                    FirstToken = doc.Tokens.IndexAtOrAfter(at),
                    EndToken = doc.Tokens.IndexAtOrAfter(at + name.Length),
                    Type = type,
                    Text = name,
                    Producer = "test",
                    EntityId = id,
                });
            }
        }

        foreach (EntityMention m in mentions.OrderBy(m => m.Span.Start))
        {
            doc.Entities.Add(m);
        }

        for (int id = 0; id < entities.Length; id++)
        {
            List<int> indexes = [.. Enumerable.Range(0, doc.Entities.Count).Where(i => doc.Entities[i].EntityId == id)];
            doc.EntityClusters.Add(new DocumentEntity { Id = id, CanonicalName = entities[id].Text, Type = entities[id].Type, MentionIndexes = indexes });
        }

        if (entities.Length > 0)
        {
            doc.MarkProduced(AnnotationNames.Entities);
            doc.MarkProduced(AnnotationNames.EntityClusters);
        }

        var view = new DocumentView(doc, useEntities: true);
        int s = text.LastIndexOf(source, StringComparison.Ordinal);
        int c = text.LastIndexOf(cue, StringComparison.Ordinal);
        Assert.True(s >= 0 && c >= 0, "source and cue are in the text");
        var draft = new QuoteDraft { Kind = QuoteKind.Indirect };
        draft.SetSource(doc.Tokens.IndexAtOrAfter(s), doc.Tokens.IndexAtOrAfter(s + source.Length));
        draft.SetCue(doc.Tokens.IndexAtOrAfter(c), doc.Tokens.IndexAtOrAfter(c + cue.Length));
        draft.FirstToken = draft.CueEnd;
        draft.EndToken = doc.Tokens.Count;
        new SpeakerResolver(view, rules).Resolve([draft]);
        string? sourceText = draft.HasSource ? text[view.Starts[draft.SourceFirst]..view.Ends[draft.SourceEnd - 1]] : null;
        return new Resolved(draft.Speaker, draft.ResolvedBy, sourceText);
    }
}
