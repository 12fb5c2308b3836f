// NL4001: an avoided term, with its preferred replacement as the fix.
//
// Terms are matched on the surface text as whole words. Case matters only where it is the whole difference
// ("VeloCell" against "Velocell"); otherwise "Helpdesk" and "helpdesk" are the same avoided word.
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NarrativeLint.Registry;

namespace NarrativeLint.Analyzers;

public sealed class TerminologyAnalyzer : NarrativeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.AvoidedTerm];

    public override void Initialize(NarrativeAnalysisContext context)
    {
        if (context.Registry.Terms.IsEmpty) return;
        var terms = new AvoidedTerms(context.Registry.Terms);
        context.RegisterDocumentAction(ctx => Analyze(ctx, terms));
    }

    static void Analyze(DocumentAnalysisContext ctx, AvoidedTerms terms)
    {
        foreach (var segment in ctx.Document.Content.Segments)
            foreach (Match match in terms.Pattern.Matches(segment.Text))
            {
                var preferred = terms.PreferredFor(match.Value);
                var span = new TextSpan(match.Index, match.Length);
                // "Use '{1}' instead of '{0}'"
                var quoted = ctx.Document.Quote(segment, span);
                var diagnostic = Diagnostic.Create(Descriptors.AvoidedTerm, ctx.Document.LocationOf(segment, span),
                    FindingProperties.Of(quoted: quoted, fix: preferred), quoted, preferred);
                ctx.ReportDiagnostic(diagnostic);
            }
    }

    /// <summary>All avoided variants in one compiled pattern, longest first, each knowing its preferred term.</summary>
    sealed class AvoidedTerms
    {
        readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> _folded = new(StringComparer.OrdinalIgnoreCase);

        public Regex Pattern { get; }

        public AvoidedTerms(ImmutableArray<Term> terms)
        {
            var preferred = new HashSet<string>(terms.Select(t => t.Preferred), StringComparer.OrdinalIgnoreCase);
            var alternatives = new List<(string Text, string Regex)>();
            foreach (var term in terms)
                foreach (var avoid in term.Avoid.Where(a => a.Length > 0))
                {
                    bool caseMatters = preferred.Contains(avoid);
                    (caseMatters ? _exact : _folded)[avoid] = term.Preferred;
                    var escaped = Regex.Escape(avoid).Replace(@"\ ", @"\s+");
                    alternatives.Add((avoid, caseMatters ? escaped : $"(?i:{escaped})"));
                }
            var body = string.Join("|", alternatives.OrderByDescending(a => a.Text.Length).Select(a => a.Regex));
            Pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_-])(?:{(body.Length > 0 ? body : "(?!)")})(?![\p{{L}}\p{{N}}_-])",
                RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }

        public string PreferredFor(string found)
        {
            var normalised = Regex.Replace(found, @"\s+", " ");
            return _exact.TryGetValue(normalised, out var p) ? p : _folded.TryGetValue(normalised, out p) ? p : "";
        }
    }
}
