using System.Globalization;

namespace NarrativeLint.Engine;

/// <summary>
/// The time one file may take (<see cref="EngineOptions.MaxFileTime"/>), as a cancellation token that the engine and the
/// language layer look at between stages, sentences and rules: cooperative, so no rule is cut off halfway.
/// </summary>
/// <remarks>
/// The token's timer fires on the thread pool, which a busy machine can delay past the end of the file's work; so a
/// file that finished is still over its budget when the clock says so (<see cref="IsOver"/>), whatever the timer did.
/// </remarks>
sealed class FileBudget : IDisposable
{
    readonly CancellationTokenSource? _timer;
    readonly TimeSpan _limit;
    readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    FileBudget(TimeSpan limit)
    {
        _limit = limit;
        if (limit > TimeSpan.Zero) _timer = new CancellationTokenSource(limit);
    }

    public static FileBudget Start(TimeSpan limit) => new(limit);

    public CancellationToken Token => _timer?.Token ?? CancellationToken.None;

    /// <summary>Whether the file has taken longer than its budget, by the timer or by the clock.</summary>
    public bool IsOver => _timer is not null && (_timer.IsCancellationRequested || System.Diagnostics.Stopwatch.GetElapsedTime(_started) > _limit);

    /// <summary>The limit in seconds, which the NL0011 message names.</summary>
    public string Describe() => _limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose() => _timer?.Dispose();
}
