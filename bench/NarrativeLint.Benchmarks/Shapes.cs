using System.Text;

namespace NarrativeLint.Benchmarks;

/// <summary>
/// Markdown of one shape and about a given size, made the same way every time: ordinary prose, and the shapes that
/// once made the pipeline super-linear (one endless sentence, a paragraph of short sentences, a long table, a long
/// list, one line of many megabytes). The text carries numbers, durations and cue words, as real pages do, so every
/// rule has work. Shared by <c>bench shapes</c> and the tests that double each shape.
/// </summary>
public static class Shapes
{
    public static readonly string[] Names = ["prose", "one-sentence", "short-sentences", "table", "list", "one-line"];

    static readonly string[] Words =
    [
        "we", "reply", "to", "support", "tickets", "within", "hours", "our", "team", "answers", "every", "request", "the",
        "service", "is", "available", "customers", "data", "never", "sold", "green", "hosting", "runs", "on", "renewable",
        "energy", "plans", "start", "at", "per", "month", "uptime", "guaranteed", "always", "backups", "kept", "for", "days",
        "emissions", "net", "zero", "by", "new", "region", "opens", "in", "collector", "exporter", "traces", "metrics", "logs",
        "instrumentation", "library", "release", "version", "stable", "beta", "users", "may", "not", "usually", "across",
    ];

    /// <summary>Markdown of <paramref name="shape"/> of about <paramref name="bytes"/> characters.</summary>
    public static string Make(string shape, int bytes)
    {
        var random = new Random(15);
        var text = new StringBuilder(bytes + 256);
        text.Append("# A page\n\n");
        switch (shape)
        {
            case "prose":
                // Paragraphs of five to nine sentences, as an article has.
                while (text.Length < bytes)
                {
                    int sentences = random.Next(5, 10);
                    for (int s = 0; s < sentences; s++) text.Append(Sentence(random)).Append(' ');
                    text.Append("\n\n");
                }
                break;
            case "one-sentence":
                // Clauses joined by commas and "and", with no full stop: a minified or pasted run-on.
                text.Append("We reply");
                while (text.Length < bytes) text.Append(random.Next(3) == 0 ? ", and " : ", ").Append(Clause(random));
                text.Append(".\n");
                break;
            case "short-sentences":
                // About 25 characters a sentence: 40,000 of them in 1 MB, one paragraph.
                while (text.Length < bytes) text.Append(Capitalised(Word(random))).Append(' ').Append(Word(random)).Append(' ').Append(random.Next(1, 100)).Append(" days. ");
                text.Append('\n');
                break;
            case "table":
                // About 250 characters a row: 4,000 rows in 1 MB.
                text.Append("| plan | reply time | uptime | notes |\n|---|---|---|---|\n");
                while (text.Length < bytes)
                    text.Append("| ").Append(Capitalised(Word(random))).Append(" | within ").Append(random.Next(1, 72)).Append(" hours | ")
                        .Append(random.Next(90, 100)).Append(".").Append(random.Next(10)).Append("% | ").Append(Sentence(random)).Append(' ')
                        .Append(Sentence(random)).Append(' ').Append(Sentence(random)).Append(" |\n");
                break;
            case "list":
                // About 33 characters an item: 30,000 items in 1 MB.
                while (text.Length < bytes) text.Append("- ").Append(Capitalised(Word(random))).Append(' ').Append(Word(random)).Append(" in ").Append(random.Next(1, 60)).Append(" days\n");
                break;
            case "one-line":
                // Ordinary sentences with no line break at all: a minified export.
                while (text.Length < bytes) text.Append(Sentence(random)).Append(' ');
                text.Append('\n');
                break;
            default:
                throw new ArgumentException($"unknown shape '{shape}'; expected one of {string.Join(", ", Names)}", nameof(shape));
        }
        return text.ToString();
    }

    static string Word(Random random) => Words[random.Next(Words.Length)];

    static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    static string Clause(Random random)
    {
        var clause = new StringBuilder();
        int words = random.Next(4, 10);
        for (int w = 0; w < words; w++)
        {
            if (w > 0) clause.Append(' ');
            clause.Append(w == words / 2 && random.Next(3) == 0 ? random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture) : Word(random));
        }
        if (random.Next(4) == 0) clause.Append(" within ").Append(random.Next(1, 72)).Append(" hours");
        return clause.ToString();
    }

    static string Sentence(Random random) => Capitalised(Clause(random)) + (random.Next(3) == 0 ? ", " + Clause(random) : "") + ".";
}
