using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Model;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// The speaker grain key of each speaker of an article: the identity key the SQLite store uses
/// (<see cref="IdentityKey.For"/> of the speaker's name and type, else of the entity it was resolved to), so a speaker
/// grain holds exactly the quotes the store files under one identity before the surname rule merges identities at query time.
/// </summary>
internal static class SpeakerKeys
{
    public static Dictionary<int, string> Of(CorpusArticle article)
    {
        var entityKeys = new Dictionary<int, string>();
        foreach (CorpusEntity entity in article.Entities)
        {
            if (IdentityKey.For(entity.Name, entity.Type) is { } key)
            {
                entityKeys[entity.LocalId] = key.Key;
            }
        }

        var keys = new Dictionary<int, string>();
        foreach (CorpusSpeaker speaker in article.Speakers)
        {
            if (speaker.Type is not { } type)
            {
                continue;
            }

            if (IdentityKey.For(speaker.Name, type) is { } key)
            {
                keys[speaker.LocalId] = key.Key;
            }
            else if (entityKeys.TryGetValue(speaker.EntityLocalId, out string? viaEntity))
            {
                keys[speaker.LocalId] = viaEntity;
            }
        }

        return keys;
    }
}
