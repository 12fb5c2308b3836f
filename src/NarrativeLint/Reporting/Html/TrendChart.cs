using System.Globalization;
using System.Net;
using System.Text;

namespace NarrativeLint.Reporting.Html;

/// <summary>
/// A line chart of one count over the recorded runs, as inline SVG the report draws itself: no library, no
/// network, no style attributes (the page's Content-Security-Policy allows only its own stylesheet).
/// </summary>
static class TrendChart
{
    const int Width = 240, Height = 84, Left = 24, Right = 6, Top = 8, Bottom = 18;

    /// <param name="points">One point per run, oldest first: the run's time and the count.</param>
    public static string Svg(string title, IReadOnlyList<(DateTimeOffset Time, int Count)> points)
    {
        var max = Math.Max(1, points.Max(p => p.Count));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => points.Count == 1 ? Left + plotWidth / 2.0 : Left + plotWidth * i / (double)(points.Count - 1);
        double Y(int count) => Top + plotHeight * (1 - count / (double)max);
        static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        var label = $"{title}: {string.Join(", ", points.Select(p => p.Count))}";
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"trend\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(label)}\" data-points=\"{points.Count}\">");
        svg.Append($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\"/>");
        svg.Append($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\"/>");
        svg.Append($"<text x=\"{Left - 4}\" y=\"{Top + 4}\" text-anchor=\"end\">{max}</text>");
        svg.Append($"<text x=\"{Left - 4}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>");
        svg.Append($"<text x=\"{Left}\" y=\"{Height - 6}\">{E(Day(points[0].Time))}</text>");
        if (points.Count > 1) svg.Append($"<text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{E(Day(points[^1].Time))}</text>");
        if (points.Count > 1)
            svg.Append($"<polyline class=\"line\" points=\"{string.Join(' ', points.Select((p, i) => $"{N(X(i))},{N(Y(p.Count))}"))}\"/>");
        for (var i = 0; i < points.Count; i++)
            svg.Append($"<circle class=\"point\" cx=\"{N(X(i))}\" cy=\"{N(Y(points[i].Count))}\" r=\"3\" data-count=\"{points[i].Count}\">" +
                       $"<title>{E(points[i].Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}: {points[i].Count}</title></circle>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string E(string text) => WebUtility.HtmlEncode(text);
}
