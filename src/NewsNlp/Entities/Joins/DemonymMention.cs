using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A one-word mention the model typed a person, a place or an organisation that is a word for a people, a faith or a
/// language is a miscellaneous name, not someone who speaks (<c>Muslim leaders</c>, <c>Hindi films</c>, <c>a film
/// accusing Islam</c>): the word is one of the faiths and languages below, or, typed a person, is listed as a
/// nationality in the gazetteer. A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class DemonymMention : IMentionRule
{
    /// <summary>Faiths, their followers and languages that are no nationality word.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Islam", "Islamic", "Muslim", "Muslims", "Moslem", "Moslems", "Christian", "Christians", "Christianity", "Catholic",
        "Catholics", "Catholicism", "Protestant", "Protestants", "Anglican", "Anglicans", "Orthodox", "Evangelical",
        "Evangelicals", "Hindu", "Hindus", "Hinduism", "Sikh", "Sikhs", "Sikhism", "Buddhist", "Buddhists", "Buddhism",
        "Jew", "Jews", "Jewish", "Judaism", "Sunni", "Sunnis", "Shia", "Shias", "Shiite", "Shiites", "Shi'ite", "Shi'ites",
        "Mormon", "Mormons", "Hindi", "Urdu", "Punjabi", "Bengali", "Tamil", "Gujarati", "Swahili", "Mandarin", "Cantonese",
        "Arabic", "Farsi", "Gaelic", "Welsh", "Latin", "Hebrew", "Yiddish", "Esperanto",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        if (end - start != 1 || type is EntityType.Miscellaneous)
        {
            return mention;
        }

        ReadOnlySpan<char> word = sentence.Word(start);
        // A nationality word typed an organisation may be a firm's short name ("American" for an airline), typed a place a
        // country's ("Czech" in a sports results list; the gazetteer's nationalities hold country names): the list only.
        bool listed = Lookup.Contains(word) || (type == EntityType.Person
            && (sentence.Lexicon.CategoriesOf(sentence.Text, sentence.Rows.Slice(start, 1)) & (1 << (int)GazetteerCategory.Nationality)) != 0);
        return listed && char.IsUpper(word[0]) ? (start, end, EntityType.Miscellaneous) : mention;
    }
}
