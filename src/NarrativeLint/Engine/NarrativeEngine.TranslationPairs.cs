using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NarrativeLint.Analyzers;
using NarrativeLint.Engine.Cache;

namespace NarrativeLint.Engine;

/// <summary>
/// The rules that compare a translation with its source (NL2002) run once per pair, on every core, each with a context
/// holding its pair alone; with a cache, a pair whose two files are unchanged gives back what it found last time
/// (<see cref="TranslationPairMemo"/>) without its blocks being read or aligned.
/// </summary>
public sealed partial class NarrativeEngine
{
    /// <param name="entryKeys">The cache entry key of each document that has one, by path; empty without a cache.</param>
    /// <param name="report">Where a finding on one of the run's documents goes.</param>
    /// <param name="reportFailure">Where a rule that failed is reported (NL0008), once per rule: a failure on one pair does not stop the others.</param>
    void CompareTranslationPairs(NarrativeAnalysisContext context, ImmutableArray<TranslationPair> pairs, IReadOnlySet<string> reported,
        IReadOnlyDictionary<string, string> entryKeys, Action<Diagnostic> report, Action<Diagnostic> reportFailure)
    {
        var actions = context.TranslationPairActions;
        if (actions.Count == 0 || pairs.IsEmpty) return;
        var memo = _options.Cache is { } cache && entryKeys.Count > 0 ? TranslationPairMemo.Open(cache, Settings(context)) : null;
        var found = new ImmutableArray<Diagnostic>[pairs.Length];
        var failures = new List<(NarrativeAnalyzer Owner, Diagnostic Failure)>?[pairs.Length];
        void Compare(int i)
        {
            var pair = pairs[i];
            var key = memo is null ? null : TranslationPairMemo.KeyOf(pair, entryKeys);
            if (key is not null && memo!.TryRecall(key, out found[i])) return;
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var pairContext = new CorpusAnalysisContext([pair.Source, pair.Translation], reported, _session, _derived, [pair], diagnostics.Add);
            foreach (var action in actions)
                Contained(action.Owner, () => Fragments.ComparingDocuments, Location.None, failure => (failures[i] ??= []).Add((action.Owner, failure)),
                    () => action.Run(pairContext));
            found[i] = diagnostics.ToImmutable();
            if (key is not null && failures[i] is null) memo!.Remember(key, found[i]);
        }
        // One pair (the editor's buffer) is compared on the calling thread: a parallel loop would wake pool threads that only spin.
        if (pairs.Length == 1) Compare(0);
        else Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, Compare);

        foreach (var diagnostics in found)
            foreach (var diagnostic in diagnostics)
                report(diagnostic);
        var failed = new HashSet<NarrativeAnalyzer>();
        foreach (var (owner, failure) in failures.Where(f => f is not null).SelectMany(f => f!))
            if (failed.Add(owner)) reportFailure(failure);
        memo?.Save();
    }
}
