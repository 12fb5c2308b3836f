using FsCheck;
using FsCheck.Fluent;
using NarrativeLint.LanguageServer.Documents;
using NarrativeLint.LanguageServer.Protocol;

namespace NarrativeLint.LanguageServer.Tests.Documents;

/// <summary>Incremental changes, given as LSP ranges in UTF-16, must leave the buffer exactly as the client's full text.</summary>
public sealed class IncrementalEditTests
{
    /// <summary>Text with every line break LSP knows, a surrogate pair and accents, so UTF-16 counting matters.</summary>
    static readonly Gen<string> Text = Gen.Elements("a", "b", " ", "é", "ș", "😀", "\n", "\r\n", "\r", "72 hours", "<!--", "\t")
        .ListOf().Select(parts => string.Concat(parts));

    /// <summary>An edit as offsets into the text it applies to, with its replacement.</summary>
    sealed record Edit(double From, double To, string NewText);

    static readonly Gen<Edit> Edits =
        from start in Gen.Choose(0, 1000)
        from end in Gen.Choose(0, 1000)
        from text in Text
        select new Edit(start / 1000.0, end / 1000.0, text);

    [Fact]
    public void Random_incremental_edits_leave_the_text_the_client_has()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Text.ToArbitrary(), Edits.ListOf().ToArbitrary(), (initial, edits) =>
        {
            var document = new OpenDocument("file:///draft.md", "markdown", 1, initial);
            var expected = initial;
            var version = 1;
            foreach (var edit in edits)
            {
                // A client never splits a \r\n pair or a surrogate pair; offsets are moved off the middle of either.
                int start = Boundary(expected, (int)(edit.From * expected.Length));
                int end = Boundary(expected, (int)(edit.To * expected.Length));
                if (end < start) (start, end) = (end, start);
                var range = new Protocol.Range(ReferencePosition(expected, start), ReferencePosition(expected, end));
                expected = expected[..start] + edit.NewText + expected[end..];
                document = document.Apply(++version, [new TextDocumentContentChangeEvent(range, edit.NewText)]);
            }
            return document.Text == expected && document.Version == version;
        }));
    }

    [Fact]
    public void Several_changes_in_one_notification_apply_in_order()
    {
        var document = new OpenDocument("file:///draft.md", "markdown", 1, "We reply within 72 hours.\nAsk our helpdesk.\n");
        var changed = document.Apply(2, [
            new TextDocumentContentChangeEvent(new Protocol.Range(new Position(0, 16), new Position(0, 18)), "24"),
            new TextDocumentContentChangeEvent(new Protocol.Range(new Position(1, 8), new Position(1, 16)), "support team"),
            new TextDocumentContentChangeEvent(new Protocol.Range(new Position(2, 0), new Position(2, 0)), "Done."),
        ]);
        changed.Text.ShouldBe("We reply within 24 hours.\nAsk our support team.\nDone.");
        changed.Version.ShouldBe(2);
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_whole_text()
    {
        var document = new OpenDocument("file:///draft.md", "markdown", 1, "old");
        document.Apply(2, [new TextDocumentContentChangeEvent(null, "new text")]).Text.ShouldBe("new text");
    }

    [Fact]
    public void Positions_past_a_line_or_the_text_end_are_clamped_as_LSP_says()
    {
        var lines = new LineIndex("ab\r\ncd");
        lines.OffsetOf(new Position(0, 99)).ShouldBe(2);
        lines.OffsetOf(new Position(1, 1)).ShouldBe(5);
        lines.OffsetOf(new Position(7, 0)).ShouldBe(6);
        lines.PositionOf(3).ShouldBe(new Position(0, 2));
        lines.PositionOf(4).ShouldBe(new Position(1, 0));
    }

    [Fact]
    public void Offsets_and_positions_round_trip()
    {
        Check.One(Config.QuickThrowOnFailure, Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var lines = new LineIndex(text);
            return Enumerable.Range(0, text.Length + 1)
                .Where(offset => Boundary(text, offset) == offset)
                .All(offset => lines.OffsetOf(lines.PositionOf(offset)) == offset && lines.PositionOf(offset) == ReferencePosition(text, offset));
        }));
    }

    static int Boundary(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (offset > 0 && offset < text.Length && (text[offset - 1] == '\r' && text[offset] == '\n' || char.IsLowSurrogate(text[offset]))) offset--;
        return offset;
    }

    /// <summary>The position of an offset, counted the simple way: line breaks before it, UTF-16 units since the last.</summary>
    static Position ReferencePosition(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') { line++; lineStart = i + 1; }
        }
        return new Position(line, offset - lineStart);
    }
}
