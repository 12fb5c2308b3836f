using NarrativeLint.Language;

namespace NarrativeLint.Tests.ColdRun7;

/// <summary>The tokenizer's table of forms by surface, read without a lock while other threads add to it and it grows.</summary>
public class TokenFormsTableTests
{
    static TokenForms FormsOf(string surface) => new(surface, surface.ToLowerInvariant(), surface[..Math.Min(3, surface.Length)]);

    [Fact]
    public void A_surface_read_while_others_add_and_the_table_grows_is_found_with_its_own_forms()
    {
        var table = new TokenFormsTable(limit: 1_000_000);
        var surfaces = Enumerable.Range(0, 60_000).Select(i => $"w{i * 7919 % 100_003}").Distinct().ToArray();
        Parallel.For(0, 4, worker =>
        {
            for (int i = worker; i < surfaces.Length; i += 4)
            {
                table.Add(FormsOf(surfaces[i]));
                // Every surface added so far by this worker stays found, however the table grew meanwhile.
                var earlier = surfaces[worker + (i - worker) / 8 * 4];
                table.TryGet(earlier.AsSpan(), out var forms).ShouldBeTrue(earlier);
                forms!.Text.ShouldBe(earlier);
            }
        });
        foreach (var surface in surfaces)
        {
            table.TryGet(("[" + surface + "]").AsSpan(1, surface.Length), out var forms).ShouldBeTrue(surface);
            forms.ShouldBe(FormsOf(surface));
        }
        table.TryGet("absent".AsSpan(), out _).ShouldBeFalse();
    }

    [Fact]
    public void The_first_forms_added_for_a_surface_stay_and_the_limit_is_kept()
    {
        var table = new TokenFormsTable(limit: 3);
        table.Add(FormsOf("Word"));
        table.Add(new TokenForms("Word", "other", "other"));
        table.Add(FormsOf("b"));
        table.Add(FormsOf("c"));
        table.Add(FormsOf("d"));
        table.TryGet("Word", out var word).ShouldBeTrue();
        word!.Lower.ShouldBe("word");
        table.TryGet("c", out _).ShouldBeTrue();
        table.TryGet("d", out _).ShouldBeFalse();
    }
}
