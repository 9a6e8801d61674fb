using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The runtime's allocation samples (<c>GCAllocationTick</c>: one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark, so every large-object array is seen) summed by type, for <c>scaling --pass-types</c>:
/// which arrays a quote pass allocates. Approximate for small objects (a sample stands for the 100 KB before it).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private long _events;

    /// <summary>Events received so far (the listener gets them on another thread, a little later).</summary>
    public long Events => Interlocked.Read(ref _events);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        int type = e.PayloadNames.IndexOf("TypeName");
        int amount = e.PayloadNames.IndexOf("AllocationAmount64");
        int kind = e.PayloadNames.IndexOf("AllocationKind");
        if (type < 0 || amount < 0)
        {
            return;
        }

        string name = (e.Payload![type] as string ?? "?") + (kind >= 0 && Convert.ToInt32(e.Payload[kind], CultureInfo.InvariantCulture) == 1 ? " (large)" : "");
        _bytes.AddOrUpdate(name, Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture), (_, v) => v + Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture));
        Interlocked.Increment(ref _events);
    }

    /// <summary>Waits for the events of what was allocated so far, then returns and clears the sums, largest first.</summary>
    public List<(string Type, long Bytes)> Drain()
    {
        long seen = -1;
        for (int i = 0; i < 50 && seen != Events; i++)
        {
            seen = Events;
            Thread.Sleep(200);
        }

        List<(string, long)> sums = [.. _bytes.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Value)];
        _bytes.Clear();
        return sums;
    }
}
