using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// Grain storage shared by every silo of a test cluster in this process (JSON copies, etags checked), standing for a
/// database that outlives any one silo: Orleans' own memory storage keeps state in grains that die with their silo.
/// </summary>
internal sealed class ProcessGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<string, (string Json, long Version)> _records = new(StringComparer.Ordinal);

    public int Writes;

    private long _charactersWritten;

    private readonly ConcurrentDictionary<string, int> _failingWrites = new(StringComparer.Ordinal);

    /// <summary>The next write of a <paramref name="stateName"/> state throws (a database that fails once).</summary>
    public void FailNextWriteOf(string stateName) => _failingWrites[stateName] = 1;

    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <summary>How many times a grain read its <paramref name="stateName"/> state (once per activation).</summary>
    public int ReadsOf(string stateName) => _reads.GetValueOrDefault(stateName);

    /// <summary>UTF-16 characters of JSON written so far, every state together.</summary>
    public long CharactersWritten => Interlocked.Read(ref _charactersWritten);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _reads.AddOrUpdate(stateName, 1, (_, n) => n + 1);
        if (_records.TryGetValue(Key(stateName, grainId), out var record))
        {
            grainState.State = JsonSerializer.Deserialize<T>(record.Json)!;
            grainState.ETag = record.Version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_failingWrites.TryRemove(stateName, out _))
        {
            throw new IOException($"injected failure writing a {stateName} state");
        }

        string key = Key(stateName, grainId);
        string json = JsonSerializer.Serialize(grainState.State);
        while (true)
        {
            if (_records.TryGetValue(key, out var current))
            {
                if (grainState.ETag != current.Version.ToString(CultureInfo.InvariantCulture))
                {
                    throw new InconsistentStateException($"etag mismatch for {key}", current.Version.ToString(CultureInfo.InvariantCulture), grainState.ETag);
                }

                if (_records.TryUpdate(key, (json, current.Version + 1), current))
                {
                    grainState.ETag = (current.Version + 1).ToString(CultureInfo.InvariantCulture);
                    break;
                }
            }
            else if (grainState.ETag is not null)
            {
                throw new InconsistentStateException($"{key} was cleared", "", grainState.ETag);
            }
            else if (_records.TryAdd(key, (json, 1)))
            {
                grainState.ETag = "1";
                break;
            }
        }

        grainState.RecordExists = true;
        Interlocked.Increment(ref Writes);
        Interlocked.Add(ref _charactersWritten, json.Length);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _records.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <summary>The stored JSON of every grain's <paramref name="stateName"/> state.</summary>
    public IEnumerable<string> Records(string stateName) =>
        _records.Where(r => r.Key.StartsWith(stateName + "/", StringComparison.Ordinal)).Select(r => r.Value.Json);

    /// <summary>The stored JSON of the one <paramref name="stateName"/> record whose grain id contains <paramref name="grainIdPart"/>.</summary>
    public string Record(string stateName, string grainIdPart) => _records[SingleKey(stateName, grainIdPart)].Json;

    /// <summary>
    /// Replaces the stored JSON of the one <paramref name="stateName"/> record whose grain id contains
    /// <paramref name="grainIdPart"/> (a state as an older version of the code wrote it).
    /// </summary>
    public void Replace(string stateName, string grainIdPart, string json)
    {
        string key = SingleKey(stateName, grainIdPart);
        _records[key] = (json, _records[key].Version + 1);
    }

    private string SingleKey(string stateName, string grainIdPart) =>
        _records.Keys.Single(k => k.StartsWith(stateName + "/", StringComparison.Ordinal) && k.Contains(grainIdPart, StringComparison.Ordinal));

    private static string Key(string stateName, GrainId grainId) => stateName + "/" + grainId.ToString();
}
