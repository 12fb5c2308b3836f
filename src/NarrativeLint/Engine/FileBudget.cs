using System.Globalization;

namespace NarrativeLint.Engine;

/// <summary>
/// The time one file may take (<see cref="EngineOptions.MaxFileTime"/>), as a cancellation token that the engine and the
/// language layer look at between stages, sentences and rules: cooperative, so no rule is cut off halfway.
/// </summary>
sealed class FileBudget : IDisposable
{
    readonly CancellationTokenSource? _timer;
    readonly TimeSpan _limit;

    FileBudget(TimeSpan limit)
    {
        _limit = limit;
        if (limit > TimeSpan.Zero) _timer = new CancellationTokenSource(limit);
    }

    public static FileBudget Start(TimeSpan limit) => new(limit);

    public CancellationToken Token => _timer?.Token ?? CancellationToken.None;

    /// <summary>The limit in seconds, which the NL0011 message names.</summary>
    public string Describe() => _limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose() => _timer?.Dispose();
}
