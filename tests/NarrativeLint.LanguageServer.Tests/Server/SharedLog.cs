using System.Text;

namespace NarrativeLint.LanguageServer.Tests.Server;

/// <summary>The server's log in memory. Tests read it while the server writes it from other threads, so reading takes the writers' lock:
/// a <see cref="StringWriter"/> read mid-write throws from <see cref="StringBuilder.ToString()"/>.</summary>
sealed class SharedLog : TextWriter
{
    readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text) _text.Append(value);
    }

    public override string ToString()
    {
        lock (_text) return _text.ToString();
    }
}
